package org.aquastream.event.application.port.in.booking;

import java.util.Objects;
import java.util.Optional;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.InvalidValueException;

/** A user books a seat of a published event. */
public interface CreateBookingUseCase {

  /**
   * Checks, in order: the event exists, is open, the profile is complete, the user has no active
   * booking, a seat is free.
   *
   * @throws org.aquastream.event.application.error.DependencyUnavailableException when the user
   *     directory cannot answer
   */
  BookingOutcome book(Command command);

  /** Which event; the optional key makes retries of the same request harmless. */
  record Command(Actor actor, EventId eventId, Optional<String> idempotencyKey) {
    public static final int MAX_KEY_LENGTH = 100;

    public Command {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
      idempotencyKey
          .filter(key -> key.isBlank() || Guard.characters(key) > MAX_KEY_LENGTH)
          .ifPresent(
              key -> {
                throw new InvalidValueException(
                    "Idempotency-Key", "Idempotency-Key must be 1–100 characters");
              });
    }
  }
}
