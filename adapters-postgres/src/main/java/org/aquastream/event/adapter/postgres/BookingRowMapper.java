package org.aquastream.event.adapter.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Money;
import org.aquastream.event.domain.shared.UserId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Rebuilds a {@link Booking} from a row of {@code event.bookings}. */
final class BookingRowMapper implements RowMapper<Booking> {
  /** The columns it reads, of {@code event.bookings} named {@code b}. */
  static final String COLUMNS =
      """
      b.id, b.event_id, b.user_id, b.seats, b.status, b.amount, b.currency, b.payment_status,
             b.payment_id, b.payment_url, b.expires_at, b.cancel_reason, b.created_by,
             b.created_at, b.updated_at""";

  @Override
  public Booking map(ResultSet rs, StatementContext ctx) throws SQLException {
    return Booking.restore()
        .id(new BookingId(Columns.uuid(rs, "id")))
        .eventId(new EventId(Columns.uuid(rs, "event_id")))
        .userId(new UserId(Columns.uuid(rs, "user_id")))
        .seats(rs.getInt("seats"))
        .status(BookingStatus.valueOf(rs.getString("status")))
        .amount(new Money(rs.getBigDecimal("amount"), rs.getString("currency")))
        .paymentStatus(PaymentStatus.valueOf(rs.getString("payment_status")))
        .paymentId(Columns.uuid(rs, "payment_id"))
        .paymentUrl(rs.getString("payment_url"))
        .expiresAt(Columns.instant(rs, "expires_at"))
        .cancelReason(rs.getString("cancel_reason"))
        .createdBy(new UserId(Columns.uuid(rs, "created_by")))
        .createdAt(Columns.instant(rs, "created_at"))
        .updatedAt(Columns.instant(rs, "updated_at"))
        .build();
  }
}
