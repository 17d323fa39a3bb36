package org.aquastream.event.application.service.booking;

import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.BookingOutcome.Booked;
import org.aquastream.event.application.port.in.booking.BookingOutcome.KeyReused;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase.Command;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.application.port.out.booking.IdempotencyKeys;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.event.Event;

/**
 * What a booking request's idempotency key already earned: the same request again replays the
 * booking it made, any other request with the key is refused, an unknown key lets booking go on.
 */
public final class IdempotentAnswers {
  private final BookingRepository bookings;
  private final EventRepository events;
  private final BookingViews views;

  public IdempotentAnswers(BookingRepository bookings, EventRepository events, BookingViews views) {
    this.bookings = bookings;
    this.events = events;
    this.views = views;
  }

  /** Replay or refusal for a known key; empty when the key is fresh and booking may go ahead. */
  Optional<BookingOutcome> answerTo(IdempotencyKeys.Claim claim, String key) {
    return switch (claim) {
      case IdempotencyKeys.Claim.Replay replay -> Optional.of(replayOf(replay.booking()));
      case IdempotencyKeys.Claim.Mismatch mismatch -> Optional.of(new KeyReused(key));
      case IdempotencyKeys.Claim.Fresh fresh -> Optional.empty();
    };
  }

  /**
   * What the key is checked against: the request's route, event and seats. One seat adds nothing,
   * so a key claimed before parties existed still matches its retry.
   */
  static String fingerprint(Command command) {
    String request = "POST /bookings eventId=" + command.eventId();
    return command.seats() == 1 ? request : request + " seats=" + command.seats();
  }

  private BookingOutcome replayOf(BookingId id) {
    Booking earlier =
        bookings
            .findById(id)
            .orElseThrow(() -> new IllegalStateException("idempotency key names missing " + id));
    Event event =
        events
            .findById(earlier.eventId())
            .orElseThrow(() -> new IllegalStateException("booking names missing event " + id));
    return new Booked(views.of(earlier, EventSummary.of(event)), true);
  }
}
