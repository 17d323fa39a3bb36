package org.aquastream.event.application.service.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
 * Takes free seats for every booking request already waiting, in one transaction whose last
 * statement takes the seats (docs/adr/0026): first all rows of the batch are written, then one
 * conditional decrement per event, in one statement, takes the seats of all the event's bookings in
 * the batch (a party's booking counts its seats), only while it is still published and not started.
 * The event rows are locked for that statement and the commit only; a cancellation that commits
 * first makes its event take nothing, and the batch is tried again without that event. When an
 * event has fewer seats free than its requests need, its earliest requests whose parties fit get
 * them (first fit, docs/adr/0031); a party gets all its seats or none. Requests for different
 * events share a batch, so a commit serves many bookings however the load is spread; two batches
 * may run at once, so that one writes its rows while the other commits.
 */
public final class SeatBatches {
  /** More attempts than this for one batch means seats come and go; the rest are sold out. */
  static final int MAX_ATTEMPTS = 5;

  /** Batches running at once: one writing its rows while another holds the seats and commits. */
  static final int RUNNING_AT_ONCE = 2;

  /** What became of one request of a batch. */
  public sealed interface Answer {
    /** The booking and its rows are committed, its seats taken. */
    record Written() implements Answer {}

    /** Fewer seats than its party were left for it: {@code available}. */
    record SoldOut(int available) implements Answer {}

    /** The event stopped taking bookings (cancelled, started, ...) before its seat was taken. */
    record Closed(String reason) implements Answer {}

    /**
     * Its user waits in the event's queue or already holds an active booking of it, or its key is
     * taken: nothing of it was written, and booking it one at a time takes care of each.
     */
    record Unwritten() implements Answer {}
  }

  private static final Answer WRITTEN = new Answer.Written();
  private static final Answer UNWRITTEN = new Answer.Unwritten();
  // Every request shares one lane: a batch may hold bookings of any events.
  private static final String ALL = "all";

  private final UnitOfWork unitOfWork;
  private final NewBookings newBookings;
  private final EventRepository events;
  private final Clock clock;
  private final RequestCombiner<String, NewBooking, Answer> lanes;

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
    this.lanes = new RequestCombiner<>((all, batch) -> commit(batch), maxBatch, RUNNING_AT_ONCE);
  }

  /** Books {@code booking}'s seats, alone or with the requests already waiting. */
  public Answer book(NewBooking booking) {
    return lanes.submit(ALL, booking);
  }

  private List<Answer> commit(List<NewBooking> batch) {
    Map<NewBooking, Answer> answers = new IdentityHashMap<>();
    List<NewBooking> pending = batch;
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      List<NewBooking> tried = pending;
      Instant now = clock.now();
      Attempt result = unitOfWork.inTransaction(() -> attempt(tried, now), Attempt::committed);
      pending =
          switch (result) {
            case Attempt.Committed committed -> {
              tried.forEach(b -> answers.put(b, WRITTEN));
              yield List.of();
            }
            case Attempt.Unwritable unwritable -> writable(tried, unwritable.written(), answers);
            case Attempt.NoSeats noSeats ->
                mayTryAgain(tried, noSeats.failed(), now, attempt, answers);
          };
    }
    return batch.stream().map(answers::get).toList();
  }

  /** One transaction: every row of the batch, then its seats; rolled back unless it committed. */
  private Attempt attempt(List<NewBooking> batch, Instant now) {
    Set<BookingId> written = newBookings.insertAll(batch);
    if (written.size() < batch.size()) {
      return new Attempt.Unwritable(written);
    }
    Map<EventId, Integer> wanted = seatsPerEvent(batch);
    Set<EventId> taken = events.takeSeatsIfOpen(wanted, now);
    if (taken.size() == wanted.size()) {
      return new Attempt.Committed();
    }
    List<EventId> failed = wanted.keySet().stream().filter(id -> !taken.contains(id)).toList();
    return new Attempt.NoSeats(failed);
  }

  /** The requests a batch could write; the others are left to be booked one at a time. */
  private static List<NewBooking> writable(
      List<NewBooking> tried, Set<BookingId> written, Map<NewBooking, Answer> answers) {
    List<NewBooking> writable = new ArrayList<>();
    for (NewBooking booking : tried) {
      if (written.contains(booking.booking().id())) {
        writable.add(booking);
      } else {
        answers.put(booking, UNWRITTEN);
      }
    }
    return writable;
  }

  /**
   * After a decrement that left some events without their seats: a closed event refuses its
   * requests; an open one lets its earliest requests whose parties fit the seats free now try again
   * (first fit: a party too large for what is left is sold out, a smaller one behind it may still
   * fit) and the others are sold out; the requests of the other events try again as they were.
   */
  private List<NewBooking> mayTryAgain(
      List<NewBooking> tried,
      List<EventId> failed,
      Instant now,
      int attempt,
      Map<NewBooking, Answer> answers) {
    Map<EventId, Event> current = new LinkedHashMap<>();
    Map<EventId, Integer> room = new LinkedHashMap<>();
    for (EventId id : failed) {
      Event event =
          events
              .findById(id)
              .orElseThrow(() -> new IllegalStateException("a booked event vanished: " + id));
      current.put(id, event);
      room.put(id, event.available());
    }
    List<NewBooking> again = new ArrayList<>();
    for (NewBooking booking : tried) {
      EventId id = booking.booking().eventId();
      Event event = current.get(id);
      if (event == null) {
        again.add(booking);
        continue;
      }
      Optional<String> closed = event.whyClosedForBooking(now);
      int seats = booking.booking().seats();
      int left = room.get(id);
      if (closed.isPresent()) {
        answers.put(booking, new Answer.Closed(closed.get()));
      } else if (seats <= left && attempt < MAX_ATTEMPTS) {
        again.add(booking);
        room.put(id, left - seats);
      } else {
        answers.put(booking, new Answer.SoldOut(left));
      }
    }
    return again;
  }

  private static Map<EventId, Integer> seatsPerEvent(List<NewBooking> batch) {
    Map<EventId, Integer> seats = new LinkedHashMap<>();
    batch.forEach(b -> seats.merge(b.booking().eventId(), b.booking().seats(), Integer::sum));
    return seats;
  }

  /** How one transaction of a batch ended. */
  private sealed interface Attempt {
    record Committed() implements Attempt {}

    record Unwritable(Set<BookingId> written) implements Attempt {}

    /** Some events had not enough free seats or were closed; nothing was committed. */
    record NoSeats(List<EventId> failed) implements Attempt {}

    default boolean committed() {
      return this instanceof Committed;
    }
  }
}
