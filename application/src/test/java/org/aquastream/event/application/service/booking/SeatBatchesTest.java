package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aquastream.event.application.fake.InMemoryBookingRepository;
import org.aquastream.event.application.fake.InMemoryDatabase;
import org.aquastream.event.application.fake.InMemoryEventRepository;
import org.aquastream.event.application.fake.InMemoryIdempotencyKeys;
import org.aquastream.event.application.fake.InMemoryNewBookings;
import org.aquastream.event.application.fake.InMemoryUnitOfWork;
import org.aquastream.event.application.fake.MutableClock;
import org.aquastream.event.application.port.out.booking.NewBookings;
import org.aquastream.event.application.port.out.booking.NewBookings.KeyClaim;
import org.aquastream.event.application.port.out.booking.NewBookings.NewBooking;
import org.aquastream.event.application.service.booking.SeatBatches.Answer;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestTimes;
import org.aquastream.event.domain.testdata.TestUsers;
import org.junit.jupiter.api.Test;

class SeatBatchesTest {
  private static final Duration TTL = Duration.ofMinutes(30);

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final InMemoryEventRepository events = new InMemoryEventRepository(db);
  private final InMemoryBookingRepository bookings = new InMemoryBookingRepository(db);
  private final MutableClock clock = new MutableClock(TestTimes.NOW);
  private final GatedNewBookings newBookings = new GatedNewBookings(new InMemoryNewBookings(db));
  private final SeatBatches batches =
      new SeatBatches(new InMemoryUnitOfWork(db), newBookings, events, clock, 16);

  @Test
  void aLoneRequestIsWrittenInATransactionOfItsOwnAndTakesOneSeat() {
    Event event = stored(TestEvents.aPublishedEvent().capacity(5).build());

    Answer answer = batches.book(request(event, TestUsers.aUser()));

    assertThat(answer).isInstanceOf(Answer.Written.class);
    assertThat(newBookings.batchSizes()).containsExactly(1);
    assertThat(available(event)).isEqualTo(4);
  }

  @Test
  void requestsWaitingBehindTheRunningBatchesAreWrittenTogetherAndEachTakesItsSeat()
      throws Exception {
    Event event = stored(TestEvents.aPublishedEvent().capacity(10).build());

    List<Answer> answers = bookBehindAHeldBatch(event, 6);

    assertThat(answers).allSatisfy(a -> assertThat(a).isInstanceOf(Answer.Written.class));
    assertThat(newBookings.batchSizes()).containsExactly(1, 1, 6);
    assertThat(available(event)).isEqualTo(10 - 8);
    assertThat(activeBookings(event)).isEqualTo(8);
  }

  @Test
  void whenFewerSeatsAreFreeThanRequestsWaitTheEarliestGetThemAndTheRestAreSoldOut()
      throws Exception {
    Event event = stored(TestEvents.aPublishedEvent().capacity(4).build());

    List<Answer> answers = bookBehindAHeldBatch(event, 5);

    // the two batches running first took two of the four seats
    assertThat(answers.stream().filter(Answer.Written.class::isInstance)).hasSize(2);
    assertThat(answers.stream().filter(Answer.SoldOut.class::isInstance)).hasSize(3);
    assertThat(available(event)).isZero();
    assertThat(activeBookings(event)).isEqualTo(4);
  }

  @Test
  void requestsForDifferentEventsShareABatchAndASoldOutEventHoldsNobodyElseBack() throws Exception {
    Event open = stored(TestEvents.aPublishedEvent().capacity(10).build());
    Event full = stored(TestEvents.aPublishedEvent().capacity(3).available(0).build());

    List<Answer> answers =
        bookTogether(
            List.of(
                request(open, TestUsers.aUser()),
                request(full, TestUsers.aUser()),
                request(open, TestUsers.aUser())));

    assertThat(answers.get(0)).isInstanceOf(Answer.Written.class);
    assertThat(answers.get(1)).isInstanceOf(Answer.SoldOut.class);
    assertThat(answers.get(2)).isInstanceOf(Answer.Written.class);
    assertThat(newBookings.batchSizes()).as("one batch for both events").contains(3);
    assertThat(available(open)).isEqualTo(10 - 4);
    assertThat(available(full)).isZero();
    assertThat(activeBookings(full)).isZero();
  }

  @Test
  void aBatchForAnEventCancelledSinceItsRequestsWereMadeWritesNothing() {
    Event event = stored(TestEvents.aPublishedEvent().capacity(5).build());
    NewBooking request = request(event, TestUsers.aUser());
    events.update(TestEvents.anEvent().id(event.id()).status(EventStatus.CANCELLED).build());

    Answer answer = batches.book(request);

    assertThat(answer).isEqualTo(new Answer.Closed("The event is cancelled"));
    assertThat(activeBookings(event)).isZero();
  }

  @Test
  void aRequestWhoseUserAlreadyHoldsABookingIsLeftUnwrittenWhileTheOthersAreWritten()
      throws Exception {
    Event event = stored(TestEvents.aPublishedEvent().capacity(10).build());
    UserId alreadyBooked = TestUsers.aUser();
    assertThat(batches.book(request(event, alreadyBooked))).isInstanceOf(Answer.Written.class);

    List<NewBooking> requests =
        List.of(
            request(event, TestUsers.aUser()),
            request(event, alreadyBooked),
            request(event, TestUsers.aUser()));
    List<Answer> answers = bookTogether(requests);

    assertThat(answers.get(0)).isInstanceOf(Answer.Written.class);
    assertThat(answers.get(1)).isInstanceOf(Answer.Unwritten.class);
    assertThat(answers.get(2)).isInstanceOf(Answer.Written.class);
    // the earlier booking, the two batches running first, and the two written now
    assertThat(activeBookings(event)).isEqualTo(5);
    assertThat(available(event)).isEqualTo(5);
  }

  @Test
  void aRequestWhoseKeyWasUsedBeforeIsLeftUnwritten() {
    Event event = stored(TestEvents.aPublishedEvent().capacity(10).build());
    UserId user = TestUsers.aUser();
    new InMemoryIdempotencyKeys(db).claim(user, "key-1", "something else");

    Answer answer = batches.book(request(event, user, Optional.of("key-1")));

    assertThat(answer).isInstanceOf(Answer.Unwritten.class);
    assertThat(activeBookings(event)).isZero();
    assertThat(available(event)).isEqualTo(10);
  }

  /**
   * Holds a first request's batch open until {@code queued} more requests for the event wait behind
   * it, then lets them all go; the answers of the queued ones in order.
   */
  private List<Answer> bookBehindAHeldBatch(Event event, int queued) throws Exception {
    List<NewBooking> requests = new ArrayList<>();
    for (int i = 0; i < queued; i++) {
      requests.add(request(event, TestUsers.aUser()));
    }
    return bookTogether(requests);
  }

  private List<Answer> bookTogether(List<NewBooking> requests) throws Exception {
    Event event = events.findById(requests.get(0).booking().eventId()).orElseThrow();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      newBookings.holdNext();
      Future<Answer> first = threads.submit(() -> batches.book(request(event, TestUsers.aUser())));
      newBookings.awaitHeld();
      Future<Answer> second = threads.submit(() -> batches.book(request(event, TestUsers.aUser())));
      Thread.sleep(50); // the second batch runs, waiting for the first's transaction
      List<Future<Answer>> answers = new ArrayList<>();
      for (NewBooking request : requests) {
        answers.add(threads.submit(() -> batches.book(request)));
        Thread.sleep(20); // queued in this order
      }
      newBookings.release();
      assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(Answer.Written.class);
      assertThat(second.get(10, TimeUnit.SECONDS)).isInstanceOf(Answer.Written.class);
      List<Answer> result = new ArrayList<>();
      for (Future<Answer> answer : answers) {
        result.add(answer.get(10, TimeUnit.SECONDS));
      }
      return result;
    }
  }

  private NewBooking request(Event event, UserId user) {
    return request(event, user, Optional.empty());
  }

  private NewBooking request(Event event, UserId user, Optional<String> key) {
    Booking booking = Booking.create(BookingId.newId(), event, user, 1, user, clock.now(), TTL);
    return new NewBooking(
        booking,
        BookingLogEntry.created(booking, Optional.of(user)),
        List.of(),
        key.map(k -> new KeyClaim(user, k, "POST /bookings eventId=" + event.id())));
  }

  private Event stored(Event event) {
    events.insert(event);
    return event;
  }

  private int available(Event event) {
    return events.findById(event.id()).orElseThrow().available();
  }

  private long activeBookings(Event event) {
    EventId id = event.id();
    return bookings.lockActiveByEvent(id).size();
  }

  /** The in-memory writer, which can hold the next batch inside its transaction until released. */
  private static final class GatedNewBookings implements NewBookings {
    private final NewBookings real;
    private final List<Integer> batchSizes = new ArrayList<>();
    private final AtomicInteger holds = new AtomicInteger();
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    GatedNewBookings(NewBookings real) {
      this.real = real;
    }

    void holdNext() {
      holds.set(1);
    }

    void awaitHeld() throws InterruptedException {
      assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
    }

    void release() {
      released.countDown();
    }

    synchronized List<Integer> batchSizes() {
      return List.copyOf(batchSizes);
    }

    @Override
    public Optional<Event> event(EventId event) {
      return real.event(event);
    }

    @Override
    public Set<BookingId> insertAll(List<NewBooking> bookings) {
      synchronized (this) {
        batchSizes.add(bookings.size());
      }
      if (holds.getAndSet(0) == 1) {
        held.countDown();
        try {
          assertThat(released.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      return real.insertAll(bookings);
    }
  }
}
