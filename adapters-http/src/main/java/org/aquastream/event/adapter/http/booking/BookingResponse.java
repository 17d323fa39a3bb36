package org.aquastream.event.adapter.http.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.aquastream.event.adapter.http.event.EventSummaryResponse;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.booking.PaymentStatus;

/**
 * Booking JSON: its party's {@code seats} and their {@code amount}, with its event and what the
 * owner can do with it now.
 */
public record BookingResponse(
    UUID id,
    UUID eventId,
    UUID userId,
    int seats,
    BookingStatus status,
    BigDecimal amount,
    String currency,
    PaymentStatus paymentStatus,
    UUID paymentId,
    String paymentUrl,
    Instant expiresAt,
    String cancelReason,
    Instant createdAt,
    Instant updatedAt,
    EventSummaryResponse event,
    long remainingMinutes,
    boolean canConfirm,
    boolean canCancel) {

  public static BookingResponse from(BookingView view) {
    Booking booking = view.booking();
    return new BookingResponse(
        booking.id().value(),
        booking.eventId().value(),
        booking.userId().value(),
        booking.seats(),
        booking.status(),
        booking.amount().amount(),
        booking.amount().currency(),
        booking.paymentStatus(),
        booking.paymentId().orElse(null),
        booking.paymentUrl().orElse(null),
        booking.expiresAt().orElse(null),
        booking.cancelReason().orElse(null),
        booking.createdAt(),
        booking.updatedAt(),
        EventSummaryResponse.from(view.event()),
        view.remainingMinutes(),
        view.canConfirm(),
        view.canCancel());
  }
}
