package org.aquastream.event.application.port.in.booking;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.InvalidValueException;

/**
 * An organizer moves a booking of its events along the state machine: PENDING → CONFIRMED (payment
 * taken outside the service), PENDING/CONFIRMED → CANCELLED, CONFIRMED → NO_SHOW. A change that
 * ends an active booking gives its seat back.
 */
public interface ChangeBookingStatusUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException for an unknown booking or one
   *     of another organizer's event
   * @throws org.aquastream.event.domain.shared.InvalidStateException when the booking's status does
   *     not lead to the target
   */
  BookingView change(Command command);

  /** Which booking, to which status, and why (kept for a cancellation). */
  record Command(Actor actor, BookingId bookingId, BookingStatus target, Optional<String> reason) {
    /** The statuses an organizer may set; the others belong to the participant or the jobs. */
    public static final Set<BookingStatus> TARGETS =
        Set.of(BookingStatus.CONFIRMED, BookingStatus.CANCELLED, BookingStatus.NO_SHOW);

    public Command {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(bookingId, "bookingId");
      Objects.requireNonNull(reason, "reason");
      if (target == null) {
        throw new InvalidValueException("status", "status is required");
      }
      if (!TARGETS.contains(target)) {
        throw new InvalidValueException(
            "status", "status must be CONFIRMED, CANCELLED or NO_SHOW, not " + target);
      }
    }
  }
}
