package org.aquastream.event.application.service.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aquastream.event.application.port.out.booking.NewBookings;
import org.aquastream.event.application.port.out.booking.NewBookings.NewBooking;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.service.shared.RequestCombiner;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;

/**
 * Takes free seats of one event for every booking request already waiting for it, in one
 * transaction whose last statement takes the seats (docs/adr/0026): first all rows of the batch are
 * written, then one conditional decrement takes as many seats as there are bookings, only while the
 * event is still published and not started. The event row is locked for that statement and the
 * commit only; a cancellation that commits first makes the decrement take nothing, and the batch
 * rolls back. When fewer seats are free than requested, the earliest requests get them.
 */
public final class SeatBatches {
  /** More attempts than this for one batch means seats come and go; the rest are sold out. */
  static final int MAX_ATTEMPTS = 5;

  /** What became of one request of a batch. */
  public sealed interface Answer {
    /** The booking and its rows are committed, its seat taken. */
    record Written() implements Answer {}

    /** No seat was free for it. */
    record SoldOut() implements Answer {}

    /** The event stopped taking bookings (cancelled, started, ...) before its seat was taken. */
    record Closed(String reason) implements Answer {}

    /**
     * Its user waits in the event's queue or already holds an active booking of it, or its key is
     * taken: nothing of it was written, and booking it one at a time takes care of each.
     */
    record Unwritten() implements Answer {}
  }

  private static final Answer WRITTEN = new Answer.Written();
  private static final Answer SOLD_OUT = new Answer.SoldOut();
  private static final Answer UNWRITTEN = new Answer.Unwritten();

  private final UnitOfWork unitOfWork;
  private final NewBookings newBookings;
  private final EventRepository events;
  private final Clock clock;
  private final RequestCombiner<EventId, NewBooking, Answer> lanes;

  public SeatBatches(
      UnitOfWork unitOfWork,
      NewBookings newBookings,
      EventRepository events,
      Clock clock,
      int maxBatch) {
    this.unitOfWork = unitOfWork;
    this.newBookings = newBookings;
    this.events = events;
    this.clock = clock;
    this.lanes = new RequestCombiner<>(this::commit, maxBatch);
  }

  /** Books {@code booking}'s seat, alone or with the requests for its event already waiting. */
  public Answer book(NewBooking booking) {
    return lanes.submit(booking.booking().eventId(), booking);
  }

  private List<Answer> commit(EventId event, List<NewBooking> batch) {
    Map<NewBooking, Answer> answers = new IdentityHashMap<>();
    List<NewBooking> pending = batch;
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      List<NewBooking> tried = pending;
      Instant now = clock.now();
      Attempt result =
          unitOfWork.inTransaction(() -> attempt(event, tried, now), Attempt::committed);
      pending = List.of();
      switch (result) {
        case Attempt.Committed committed -> tried.forEach(b -> answers.put(b, WRITTEN));
        case Attempt.Unwritable unwritable -> {
          List<NewBooking> writable = new ArrayList<>();
          for (NewBooking booking : tried) {
            if (unwritable.written().contains(booking.booking().id())) {
              writable.add(booking);
            } else {
              answers.put(booking, UNWRITTEN);
            }
          }
          pending = writable;
        }
        case Attempt.NoSeats noSeats ->
            pending = whoMayTryAgain(event, tried, now, attempt, answers);
      }
    }
    return batch.stream().map(answers::get).toList();
  }

  /** One transaction: every row of the batch, then its seats; rolled back unless it committed. */
  private Attempt attempt(EventId event, List<NewBooking> batch, Instant now) {
    Set<BookingId> written = newBookings.insertAll(batch);
    if (written.size() < batch.size()) {
      return new Attempt.Unwritable(written);
    }
    return events.takeSeatsIfOpen(event, batch.size(), now)
        ? new Attempt.Committed()
        : new Attempt.NoSeats();
  }

  /**
   * After a decrement that took nothing: a closed event refuses everyone; otherwise the earliest
   * requests, as many as seats are free now, try again and the others are sold out.
   */
  private List<NewBooking> whoMayTryAgain(
      EventId event,
      List<NewBooking> tried,
      Instant now,
      int attempt,
      Map<NewBooking, Answer> answers) {
    Event current =
        events
            .findById(event)
            .orElseThrow(() -> new IllegalStateException("a booked event vanished: " + event));
    Optional<String> closed = current.whyClosedForBooking(now);
    if (closed.isPresent()) {
      Answer refusal = new Answer.Closed(closed.get());
      tried.forEach(b -> answers.put(b, refusal));
      return List.of();
    }
    int free = attempt < MAX_ATTEMPTS ? Math.min(current.available(), tried.size()) : 0;
    tried.subList(free, tried.size()).forEach(b -> answers.put(b, SOLD_OUT));
    return tried.subList(0, free);
  }

  /** How one transaction of a batch ended. */
  private sealed interface Attempt {
    record Committed() implements Attempt {}

    record Unwritable(Set<BookingId> written) implements Attempt {}

    record NoSeats() implements Attempt {}

    default boolean committed() {
      return this instanceof Committed;
    }
  }
}
