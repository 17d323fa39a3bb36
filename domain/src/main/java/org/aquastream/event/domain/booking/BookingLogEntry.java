package org.aquastream.event.domain.booking;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aquastream.event.domain.shared.UserId;

/**
 * One row of a booking's audit trail: who (empty = the system) changed what, from which status to
 * which, with details.
 */
public record BookingLogEntry(
    BookingId bookingId,
    Optional<UserId> actor,
    BookingAction action,
    Optional<BookingStatus> oldStatus,
    BookingStatus newStatus,
    Map<String, String> details,
    Instant at) {

  public BookingLogEntry {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(oldStatus, "oldStatus");
    Objects.requireNonNull(newStatus, "newStatus");
    details = Map.copyOf(details);
    Objects.requireNonNull(at, "at");
  }

  public static BookingLogEntry created(Booking booking, Optional<UserId> actor) {
    return new BookingLogEntry(
        booking.id(),
        actor,
        BookingAction.CREATED,
        Optional.empty(),
        booking.status(),
        Map.of(
            "amount", booking.amount().amount().toPlainString(),
            "seats", String.valueOf(booking.seats())),
        booking.createdAt());
  }

  /**
   * A status change whose details say what else changed: the cancel reason, the payment; or, when
   * only the seats changed, a change of seats naming the seats before and after and the new amount.
   */
  public static BookingLogEntry change(Booking before, Booking after, Optional<UserId> actor) {
    if (before.status() == after.status() && before.seats() != after.seats()) {
      return new BookingLogEntry(
          after.id(),
          actor,
          BookingAction.SEATS_CHANGE,
          Optional.of(before.status()),
          after.status(),
          Map.of(
              "oldSeats", String.valueOf(before.seats()),
              "seats", String.valueOf(after.seats()),
              "amount", after.amount().amount().toPlainString()),
          after.updatedAt());
    }
    Map<String, String> details = new LinkedHashMap<>();
    after.cancelReason().ifPresent(reason -> details.put("reason", reason));
    if (before.paymentStatus() != after.paymentStatus()) {
      details.put("paymentStatus", after.paymentStatus().name());
    }
    return change(before, after, actor, details);
  }

  /**
   * The row of a payment report: a status change when the booking moved, else a payment update; the
   * details name the payment id and its new status.
   */
  public static BookingLogEntry paymentReported(
      Booking before, Booking after, Optional<UserId> actor) {
    Map<String, String> details = new LinkedHashMap<>();
    after.paymentId().ifPresent(id -> details.put("paymentId", id.toString()));
    details.put("paymentStatus", after.paymentStatus().name());
    if (before.status() != after.status()) {
      after.cancelReason().ifPresent(reason -> details.put("reason", reason));
    }
    BookingAction action =
        before.status() == after.status()
            ? BookingAction.PAYMENT_UPDATE
            : BookingAction.STATUS_CHANGE;
    return new BookingLogEntry(
        after.id(),
        actor,
        action,
        Optional.of(before.status()),
        after.status(),
        details,
        after.updatedAt());
  }

  public static BookingLogEntry change(
      Booking before, Booking after, Optional<UserId> actor, Map<String, String> details) {
    return new BookingLogEntry(
        after.id(),
        actor,
        BookingAction.STATUS_CHANGE,
        Optional.of(before.status()),
        after.status(),
        details,
        after.updatedAt());
  }
}
