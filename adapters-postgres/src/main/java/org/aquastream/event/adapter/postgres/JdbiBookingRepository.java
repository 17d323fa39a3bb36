package org.aquastream.event.adapter.postgres;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;
import org.jdbi.v3.core.statement.SqlStatement;

/** Stores bookings in {@code event.bookings}; a partial unique index keeps one active per user. */
final class JdbiBookingRepository implements BookingRepository {
  private static final String SELECT =
      "SELECT " + BookingRowMapper.COLUMNS + " FROM event.bookings b";
  private static final String UPDATE =
      """
      UPDATE event.bookings
         SET seats = :seats, status = :status, amount = :amount, currency = :currency,
             payment_status = :paymentStatus, payment_id = :paymentId, payment_url = :paymentUrl,
             expires_at = :expiresAt, cancel_reason = :cancelReason, updated_at = :updatedAt
       WHERE id = :id
      """;

  private final Database database;

  JdbiBookingRepository(Database database) {
    this.database = database;
  }

  @Override
  public boolean insertIfNoActive(Booking booking) {
    // The conflict target names ux_bookings_one_active_per_user_event. A concurrent uncommitted
    // insert of the same user makes this one wait, then do nothing once that one commits.
    return database.withHandle(
            handle ->
                bind(
                        handle.createUpdate(
                            """
                            INSERT INTO event.bookings (id, event_id, user_id, seats, status,
                                amount, currency, payment_status, payment_id, payment_url,
                                expires_at, cancel_reason, created_by, created_at, updated_at)
                            VALUES (:id, :eventId, :userId, :seats, :status, :amount,
                                :currency, :paymentStatus, :paymentId, :paymentUrl, :expiresAt,
                                :cancelReason, :createdBy, :createdAt, :updatedAt)
                            ON CONFLICT (event_id, user_id) WHERE status IN ('PENDING', 'CONFIRMED')
                            DO NOTHING
                            """),
                        booking)
                    .execute())
        == 1;
  }

  @Override
  public void update(Booking booking) {
    database.update(UPDATE, update -> bind(update, booking));
  }

  @Override
  public void updateAll(List<Booking> bookings) {
    if (bookings.isEmpty()) {
      return;
    }
    // One statement for the whole list (a job's batch of thousands): the rows as one document.
    database.update(
        """
        UPDATE event.bookings b
           SET seats = r.seats, status = r.status, amount = r.amount, currency = r.currency,
               payment_status = r.payment_status, payment_id = r.payment_id,
               payment_url = r.payment_url, expires_at = r.expires_at,
               cancel_reason = r.cancel_reason, updated_at = r.updated_at
          FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(
               id uuid, seats integer, status text, amount numeric(10,2), currency text, payment_status text,
               payment_id uuid, payment_url text, expires_at timestamptz, cancel_reason text,
               updated_at timestamptz)
         WHERE b.id = r.id
        """,
        update -> update.bind("rows", JsonRows.of(bookings, JsonRows::booking)));
  }

  @Override
  public Optional<Booking> findById(BookingId id) {
    return byId(SELECT + " WHERE id = :id", id);
  }

  @Override
  public Optional<Booking> lockById(BookingId id) {
    return byId(SELECT + " WHERE id = :id FOR UPDATE", id);
  }

  @Override
  public Optional<Booking> findActive(EventId event, UserId user) {
    return database.find(
        SELECT
            + """
             WHERE event_id = :eventId AND user_id = :userId
               AND status IN ('PENDING', 'CONFIRMED')
            """,
        query -> query.bind("eventId", event).bind("userId", user).mapTo(Booking.class));
  }

  @Override
  public Optional<Booking> findByPaymentId(UUID paymentId) {
    // idx_bookings_payment_id (partial: rows that have one).
    return database.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE payment_id = :paymentId")
                .bind("paymentId", paymentId)
                .mapTo(Booking.class)
                .findFirst());
  }

  @Override
  public List<Booking> lockActiveByEvent(EventId event) {
    // A fixed order, so two transactions locking the same bookings never deadlock.
    return database.list(
        SELECT
            + """
             WHERE event_id = :eventId AND status IN ('PENDING', 'CONFIRMED')
             ORDER BY created_at, id
               FOR UPDATE
            """,
        query -> query.bind("eventId", event).mapTo(Booking.class));
  }

  @Override
  public List<Booking> findDuePending(Instant cutoff, int limit) {
    // idx_bookings_expires_at (partial, PENDING only) serves the filter and the order: a batch
    // reads its rows off the index instead of sorting every due booking.
    return database.list(
        SELECT
            + """
             WHERE status = 'PENDING' AND expires_at < :cutoff
             ORDER BY expires_at
             LIMIT :limit
            """,
        query -> query.bind("cutoff", cutoff).bind("limit", limit).mapTo(Booking.class));
  }

  @Override
  public List<Booking> lockDuePending(Collection<BookingId> ids, Instant cutoff) {
    if (ids.isEmpty()) {
      return List.of();
    }
    // The conditions again, under the lock: a booking confirmed or cancelled since it was found
    // is no longer due. SKIP LOCKED: one that another transaction holds is left to the next run.
    return database.list(
        SELECT
            + """
             WHERE id = ANY(:ids) AND status = 'PENDING' AND expires_at < :cutoff
             ORDER BY id
               FOR UPDATE SKIP LOCKED
            """,
        query ->
            query
                .bindArray("ids", BookingId.class, ids)
                .bind("cutoff", cutoff)
                .mapTo(Booking.class));
  }

  private Optional<Booking> byId(String sql, BookingId id) {
    return database.find(sql, query -> query.bind("id", id).mapTo(Booking.class));
  }

  private static <S extends SqlStatement<S>> S bind(S statement, Booking booking) {
    return statement
        .bind("id", booking.id())
        .bind("eventId", booking.eventId())
        .bind("userId", booking.userId())
        .bind("seats", booking.seats())
        .bind("status", booking.status().name())
        .bind("amount", booking.amount().amount())
        .bind("currency", booking.amount().currency())
        .bind("paymentStatus", booking.paymentStatus().name())
        .bind("paymentId", booking.paymentId().orElse(null))
        .bind("paymentUrl", booking.paymentUrl().orElse(null))
        .bind("expiresAt", booking.expiresAt().orElse(null))
        .bind("cancelReason", booking.cancelReason().orElse(null))
        .bind("createdBy", booking.createdBy())
        .bind("createdAt", booking.createdAt())
        .bind("updatedAt", booking.updatedAt());
  }
}
