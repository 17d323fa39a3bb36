package org.aquastream.event.application.port.in.booking;

import java.util.Objects;
import java.util.Optional;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.InvalidValueException;

/** A user books seats of a published event: one, or several for a party. */
public interface CreateBookingUseCase {

  /**
   * Checks, in order: the event exists, is open, takes a party of that many, the profile is
   * complete, the user has no active booking, that many seats are free (all of them or none).
   *
   * @throws org.aquastream.event.application.error.DependencyUnavailableException when the user
   *     directory cannot answer
   */
  BookingOutcome book(Command command);

  /**
   * Which event, for how many seats (the most one booking of the event may take is the event's to
   * say); the optional key makes retries of the same request harmless.
   */
  record Command(Actor actor, EventId eventId, int seats, Optional<String> idempotencyKey) {
    public static final int MAX_KEY_LENGTH = 100;

    /** A booking of one seat. */
    public Command(Actor actor, EventId eventId, Optional<String> idempotencyKey) {
      this(actor, eventId, 1, idempotencyKey);
    }

    public Command {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
      if (seats < 1) {
        throw new InvalidValueException("seats", "seats must be at least 1");
      }
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
