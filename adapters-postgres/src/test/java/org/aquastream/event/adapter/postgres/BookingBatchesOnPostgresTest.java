package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestOrganizers.anOrganizer;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.UseCases;
import org.aquastream.event.application.fake.MutableClock;
import org.aquastream.event.application.fake.RecordingBusinessMetrics;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.BookingOutcome.AlreadyBooked;
import org.aquastream.event.application.port.in.booking.BookingOutcome.Booked;
import org.aquastream.event.application.port.in.booking.BookingOutcome.EventNotOpen;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase;
import org.aquastream.event.application.port.out.booking.NewBookings;
import org.aquastream.event.application.testdata.TestStores;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.testdata.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Booking in batches on PostgreSQL, rows first and seats last (docs/adr/0026): a cancellation
 * racing a batch on either side of its seat decrement, and each request of a batch answered on its
 * own.
 */
class BookingBatchesOnPostgresTest {
  private static TestDatabase db;
  private static Database database;
  private static PostgresPersistence persistence;

  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final PausingNewBookings pausingRows = new PausingNewBookings();
  private final PausingSeats pausingSeats = new PausingSeats();
  private UseCases service;
  private Organizer organizer;

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.fresh();
    database = new Database(db.dataSource());
    persistence = new PostgresPersistence(database);
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @AfterEach
  void stopThreads() {
    pausingRows.resume();
    pausingSeats.resume();
    threads.shutdownNow();
  }

  @Test
  void aCancellationThatCommitsBeforeTheSeatIsTakenLeavesNoTraceOfTheBooking() throws Exception {
    Event event = anEventWithSeats(10);
    pausingRows.pauseNext();
    Future<BookingOutcome> booking = threads.submit(() -> book(aUser(), event, Optional.empty()));
    pausingRows.awaitPaused();

    // The booking's rows are written but not committed, and the event row is not locked yet.
    service.cancelEvent().cancel(owner(), event.id());
    pausingRows.resume();

    assertThat(booking.get(30, TimeUnit.SECONDS))
        .isEqualTo(new EventNotOpen(event.id(), "The event is cancelled"));
    assertThat(count("SELECT count(*) FROM event.bookings WHERE event_id = :id", event)).isZero();
    assertThat(
            count(
                """
                SELECT count(*) FROM event.outbox
                 WHERE payload ->> 'template' = 'booking.created'
                   AND payload -> 'data' ->> 'eventId' = CAST(:id AS text)
                """,
                event))
        .isZero();
    assertThat(count("SELECT available FROM event.events WHERE id = :id", event)).isEqualTo(10);
  }

  @Test
  void aCancellationThatComesWhileTheSeatIsTakenWaitsAndThenCancelsTheBooking() throws Exception {
    Event event = anEventWithSeats(10);
    pausingSeats.pauseNext();
    Future<BookingOutcome> booking = threads.submit(() -> book(aUser(), event, Optional.empty()));
    pausingSeats.awaitPaused();

    // The seat is taken and the event row locked until the booking commits.
    Future<?> cancel = threads.submit(() -> service.cancelEvent().cancel(owner(), event.id()));
    awaitALockWait();
    assertThat(cancel).isNotDone();
    pausingSeats.resume();

    BookingOutcome outcome = booking.get(30, TimeUnit.SECONDS);
    cancel.get(30, TimeUnit.SECONDS);
    assertThat(outcome).isInstanceOf(Booked.class);
    BookingId id = ((Booked) outcome).booking().booking().id();
    assertThat(persistence.bookings().findById(id))
        .hasValueSatisfying(b -> assertThat(b.status()).isEqualTo(BookingStatus.CANCELLED));
    assertThat(
            count(
                """
                SELECT count(*) FROM event.bookings
                 WHERE event_id = :id AND status IN ('PENDING', 'CONFIRMED')
                """,
                event))
        .isZero();
  }

  @Test
  void eachRequestOfABatchGetsItsOwnAnswer() throws Exception {
    Event event = anEventWithSeats(10);
    UserId earlier = aUser();
    BookingOutcome first = book(earlier, event, Optional.empty());
    UserId twiceWithAKey = aUser();
    UserId twiceWithoutAKey = aUser();
    UserId newcomer = aUser();

    // Two batches run at once: hold both open, so that the requests below queue behind them.
    // One after the other: submitted together, the two could share one batch.
    pausingRows.pauseNext(2);
    Future<BookingOutcome> holder = threads.submit(() -> book(aUser(), event, Optional.empty()));
    pausingRows.awaitPauses(1);
    Future<BookingOutcome> companion = threads.submit(() -> book(aUser(), event, Optional.empty()));
    pausingRows.awaitPaused();
    List<Future<BookingOutcome>> queued = new ArrayList<>();
    queued.add(threads.submit(() -> book(newcomer, event, Optional.empty())));
    queued.add(threads.submit(() -> book(earlier, event, Optional.empty())));
    queued.add(threads.submit(() -> book(twiceWithAKey, event, Optional.of("retry-1"))));
    queued.add(threads.submit(() -> book(twiceWithAKey, event, Optional.of("retry-1"))));
    queued.add(threads.submit(() -> book(twiceWithoutAKey, event, Optional.empty())));
    queued.add(threads.submit(() -> book(twiceWithoutAKey, event, Optional.empty())));
    Thread.sleep(300); // every request reaches the queue behind the held batch
    pausingRows.resume();

    assertThat(holder.get(30, TimeUnit.SECONDS)).isInstanceOf(Booked.class);
    assertThat(companion.get(30, TimeUnit.SECONDS)).isInstanceOf(Booked.class);
    List<BookingOutcome> answers = new ArrayList<>();
    for (Future<BookingOutcome> answer : queued) {
      answers.add(answer.get(30, TimeUnit.SECONDS));
    }
    assertThat(pausingRows.batchSizes()).as("the queued requests shared a batch").contains(6);
    assertThat(answers.get(0)).isInstanceOf(Booked.class);
    assertThat(answers.get(1)).isEqualTo(new AlreadyBooked(idOf(first)));
    // The same key twice: one booking, made once and replayed once.
    assertThat(List.of(answers.get(2), answers.get(3)))
        .allSatisfy(a -> assertThat(a).isInstanceOf(Booked.class))
        .extracting(a -> ((Booked) a).replayed())
        .containsExactlyInAnyOrder(false, true);
    assertThat(idOf(answers.get(2))).isEqualTo(idOf(answers.get(3)));
    // The same user twice without a key: one booking, and the other request is told about it.
    List<BookingOutcome> twice = List.of(answers.get(4), answers.get(5));
    BookingId made =
        idOf(twice.stream().filter(Booked.class::isInstance).findFirst().orElseThrow());
    assertThat(twice).contains(new AlreadyBooked(made));
    // earlier + holder + companion + newcomer + key + no key
    assertThat(count("SELECT available FROM event.events WHERE id = :id", event)).isEqualTo(4);
    assertThat(
            count(
                """
                SELECT count(*) FROM event.bookings
                 WHERE event_id = :id AND status IN ('PENDING', 'CONFIRMED')
                """,
                event))
        .isEqualTo(6);
    assertThat(
            count(
                """
                SELECT count(*) FROM event.booking_logs l JOIN event.bookings b
                    ON b.id = l.booking_id
                 WHERE b.event_id = :id AND l.action = 'CREATED'
                """,
                event))
        .as("one audit row per booking")
        .isEqualTo(6);
  }

  private BookingOutcome book(UserId user, Event event, Optional<String> key) {
    return service
        .createBooking()
        .book(new CreateBookingUseCase.Command(Actor.of(user, Role.USER), event.id(), key));
  }

  private Event anEventWithSeats(int capacity) {
    organizer = anOrganizer().build();
    persistence.organizers().insert(organizer);
    Event event = anEvent().organizedBy(organizer).capacity(capacity).build();
    persistence.events().insert(event);
    service =
        PostgresServices.useCases(
            TestStores.from(persistence.stores())
                .newBookings(pausingRows)
                .events(pausingSeats)
                .build(),
            new MutableClock(NOW),
            new RecordingBusinessMetrics(),
            100);
    return event;
  }

  private Actor owner() {
    return Actor.of(organizer.ownerUserId(), Role.ORGANIZER);
  }

  private static UserId aUser() {
    return TestUsers.aUser();
  }

  private static BookingId idOf(BookingOutcome outcome) {
    return ((Booked) outcome).booking().booking().id();
  }

  private static long count(String sql, Event event) {
    return database.withHandle(
        h -> h.createQuery(sql).bind("id", event.id()).mapTo(Long.class).one());
  }

  /** Waits until some session waits for a row lock, i.e. the cancellation queued for the event. */
  private static void awaitALockWait() throws InterruptedException {
    for (int i = 0; i < 500; i++) {
      long waiting =
          database.withHandle(
              h ->
                  h.createQuery(
                          "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                      .mapTo(Long.class)
                      .one());
      if (waiting > 0) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the cancellation never waited for the event row");
  }

  /** Pauses the next calls (one unless told more), each until told to go on. */
  private static class Pause {
    private final AtomicInteger armed = new AtomicInteger();
    private volatile CountDownLatch paused = new CountDownLatch(1);
    private volatile int armedCalls = 1;
    private final CountDownLatch resumed = new CountDownLatch(1);

    void pauseNext() {
      pauseNext(1);
    }

    void pauseNext(int calls) {
      paused = new CountDownLatch(calls);
      armedCalls = calls;
      armed.set(calls);
    }

    void awaitPaused() throws InterruptedException {
      assertThat(paused.await(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Waits until {@code calls} of the armed calls are paused. */
    void awaitPauses(int calls) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (armedCalls - paused.getCount() < calls) {
        assertThat(System.nanoTime()).as("%d calls paused in time", calls).isLessThan(deadline);
        Thread.sleep(5);
      }
    }

    void resume() {
      resumed.countDown();
    }

    void pauseHereIfArmed() {
      if (armed.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        paused.countDown();
        try {
          assertThat(resumed.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** The real writer, pausing after it wrote a batch's rows (inside the transaction). */
  private static final class PausingNewBookings extends Pause implements NewBookings {
    private final NewBookings real = persistence.newBookings();
    private final List<Integer> batchSizes = new ArrayList<>();

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
      Set<BookingId> written = real.insertAll(bookings);
      pauseHereIfArmed();
      return written;
    }
  }

  /** The real seats, pausing after a batch took its seats (the event row locked). */
  private static final class PausingSeats extends ForwardingEventRepository {
    private final Pause pause = new Pause();

    PausingSeats() {
      super(persistence.events());
    }

    void pauseNext() {
      pause.pauseNext();
    }

    void awaitPaused() throws InterruptedException {
      pause.awaitPaused();
    }

    void resume() {
      pause.resume();
    }

    @Override
    public Set<EventId> takeSeatsIfOpen(Map<EventId, Integer> seats, Instant now) {
      Set<EventId> taken = super.takeSeatsIfOpen(seats, now);
      pause.pauseHereIfArmed();
      return taken;
    }
  }
}
