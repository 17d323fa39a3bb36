package org.aquastream.event.application.port.in.booking;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.shared.UserId;

/**
 * The Payment Service reports where a payment stands (a callback). SUCCEEDED confirms the PENDING
 * booking within its expiry plus grace; a payment for a booking that already ended is recorded, its
 * refund requested, and the booking stays ended. Replays change nothing.
 */
public interface RecordPaymentStatusUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException when no booking has the
   *     payment
   * @throws org.aquastream.event.domain.shared.InvalidStateException when the report contradicts
   *     what is known (a failure after success, a refund nobody asked for)
   */
  Outcome record(Command command);

  /**
   * @param reporter the ADMIN who reported it by hand; empty for the Payment Service itself
   * @param status one of PENDING, SUBMITTED, SUCCEEDED, REJECTED, CANCELED, REFUNDED
   */
  record Command(Optional<UserId> reporter, UUID paymentId, PaymentStatus status) {
    public Command {
      Objects.requireNonNull(reporter, "reporter");
      Objects.requireNonNull(paymentId, "paymentId");
      Objects.requireNonNull(status, "status");
    }
  }

  /** What the report did. */
  sealed interface Outcome {
    BookingView booking();
  }

  /**
   * The report was taken: {@code changed} is false for a replay or a stale report.
   *
   * @param booking the booking as it is now
   */
  record Recorded(BookingView booking, boolean changed) implements Outcome {}

  /**
   * The money came after the booking ended: it stays ended, the refund is requested (once).
   *
   * @param booking the booking as it is now
   */
  record TooLate(BookingView booking) implements Outcome {}
}
