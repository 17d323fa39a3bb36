package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.fake.MutableClock;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The expiry job on PostgreSQL: bounded batches, exactly once with two instances, no deadlock. */
class ExpiryJobOnPostgresTest {
  private static final Instant BOOKED_AT = NOW;
  private static final Instant DUE = BOOKED_AT.plus(JobData.TTL).plus(JobData.GRACE).plusSeconds(1);

  private static TestDatabase db;
  private static Database database;
  private static JobData data;
  private final MutableClock clock = new MutableClock(DUE);
  private final ListAppender<ILoggingEvent> retries = new ListAppender<>();
  private ExecutorService threads;

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.fresh();
    database = new Database(db.dataSource());
    data = new JobData(database);
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @BeforeEach
  void prepare() {
    db.truncateAll();
    threads = Executors.newFixedThreadPool(4);
    retries.start();
    ((Logger) LoggerFactory.getLogger(JdbiUnitOfWork.class)).addAppender(retries);
  }

  @AfterEach
  void cleanUp() {
    threads.shutdownNow();
    ((Logger) LoggerFactory.getLogger(JdbiUnitOfWork.class)).detachAppender(retries);
  }

  private PostgresServices instance(int batchSize) {
    return new PostgresServices(new PostgresPersistence(db.dataSource()), clock, batchSize);
  }

  @Test
  void twoThousandDueBookingsExpireInBoundedBatchesEachItsOwnTransaction() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Event event = data.soldOutEvent(500);
      data.pendingBookings(event.id(), 500, BOOKED_AT);
      events.add(event);
    }
    PostgresPersistence persistence = new PostgresPersistence(db.dataSource());
    CountingUnitOfWork counting = new CountingUnitOfWork(persistence.unitOfWork());
    PostgresServices instance = new PostgresServices(persistence, counting, clock, 100);

    int expired = instance.expirePendingBookings.expirePendingBookings();

    assertThat(expired).isEqualTo(2000);
    // 20 full batches of 100, then, in each of the two shares of the events, one that finds
    // nothing.
    assertThat(counting.transactions()).isEqualTo(22);
    assertThat(data.count("SELECT count(*) FROM event.bookings WHERE status = 'EXPIRED'"))
        .isEqualTo(2000);
    assertThat(
            data.count(
                "SELECT count(DISTINCT booking_id) FROM event.booking_logs WHERE new_status = 'EXPIRED'"))
        .isEqualTo(2000);
    for (Event event : events) {
      assertThat(data.available(event.id())).isEqualTo(500);
      assertThat(data.availableByInvariant(event.id())).isEqualTo(500);
    }
  }

  /** The figure; minutes-long, so it runs with {@code -Preliability} only. */
  @Test
  @Tag("reliability")
  void aHundredThousandDueBookingsExpireInBatchesOfFiveHundred() {
    Event event = data.soldOutEvent(100_000);
    data.pendingBookings(event.id(), 100_000, BOOKED_AT);
    PostgresPersistence persistence = new PostgresPersistence(db.dataSource());
    CountingUnitOfWork counting = new CountingUnitOfWork(persistence.unitOfWork());
    PostgresServices instance = new PostgresServices(persistence, counting, clock, 500);

    assertThat(instance.expirePendingBookings.expirePendingBookings()).isEqualTo(100_000);

    // The full batches, and each of the two shares' last one that finds nothing.
    assertThat(counting.transactions()).isEqualTo(100_000 / 500 + 2);
    assertThat(data.available(event.id())).isEqualTo(100_000);
    assertThat(data.availableByInvariant(event.id())).isEqualTo(100_000);
  }

  @Test
  void bookingsNotYetPastTheGracePeriodStayPending() {
    Event event = data.soldOutEvent(10);
    data.pendingBookings(event.id(), 10, BOOKED_AT);
    clock.set(BOOKED_AT.plus(JobData.TTL).plus(JobData.GRACE));

    assertThat(instance(100).expirePendingBookings.expirePendingBookings()).isZero();
    assertThat(data.available(event.id())).isZero();
  }

  @Test
  void twoInstancesRacingExpireEachBookingOnceAndHandEachSeatToOneWaitingUser() throws Exception {
    Event withQueue = data.soldOutEvent(300);
    Event withoutQueue = data.soldOutEvent(300);
    data.pendingBookings(withQueue.id(), 300, BOOKED_AT);
    data.pendingBookings(withoutQueue.id(), 300, BOOKED_AT);
    for (int i = 0; i < 100; i++) {
      data.entry(
          withQueue.id(),
          WaitlistStatus.WAITING,
          BOOKED_AT,
          PostgresServices.WAITLIST.notificationWindow());
    }
    PostgresServices first = instance(50);
    PostgresServices second = instance(50);

    List<Integer> counts =
        race(
            List.of(
                first.expirePendingBookings::expirePendingBookings,
                second.expirePendingBookings::expirePendingBookings,
                first.expirePendingBookings::expirePendingBookings,
                second.expirePendingBookings::expirePendingBookings));

    assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(600);
    assertThat(data.count("SELECT count(*) FROM event.booking_logs WHERE new_status = 'EXPIRED'"))
        .as("one audit row per expired booking")
        .isEqualTo(600);
    assertThat(data.count("SELECT count(*) FROM event.waitlist WHERE status = 'NOTIFIED'"))
        .isEqualTo(100);
    assertThat(data.count("SELECT count(*) FROM event.waitlist_audit WHERE action = 'NOTIFIED'"))
        .as("each waiting user was handed one seat, once")
        .isEqualTo(100);
    assertThat(
            data.count(
                "SELECT count(DISTINCT idempotency_key) FROM event.outbox"
                    + " WHERE payload->>'template' = 'waitlist.slot_available'"))
        .isEqualTo(100);
    assertThat(
            data.count(
                "SELECT count(DISTINCT idempotency_key) FROM event.outbox"
                    + " WHERE payload->>'template' = 'booking.expired'"))
        .as("each expired booking is notified once")
        .isEqualTo(600);
    assertThat(data.available(withQueue.id())).isEqualTo(200);
    assertThat(data.availableByInvariant(withQueue.id())).isEqualTo(200);
    assertThat(data.available(withoutQueue.id())).isEqualTo(300);
    assertThat(retries.list).as("no transaction had to be retried").isEmpty();
  }

  @Test
  void expiryNeverDeadlocksWithEventsBeingCancelled() throws Exception {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      events.add(data.soldOutEvent(10));
    }
    // Round after round across all events, so that every batch of the job spans many events.
    for (int round = 0; round < 10; round++) {
      for (Event event : events) {
        data.pendingBookings(event.id(), 1, BOOKED_AT);
      }
    }
    PostgresServices jobs = instance(20);
    PostgresServices organizers = instance(20);
    Actor admin = Actor.of(aUser(), Role.ADMIN);
    List<Event> reversed = events.reversed();

    race(
        List.of(
            jobs.expirePendingBookings::expirePendingBookings,
            () -> cancelEveryOther(organizers, admin, reversed, 0),
            () -> cancelEveryOther(organizers, admin, reversed, 1)));

    assertThat(retries.list).as("no deadlock was detected and retried").isEmpty();
    assertThat(data.count("SELECT count(*) FROM event.bookings WHERE status = 'PENDING'")).isZero();
    assertThat(
            data.count(
                """
                SELECT count(*) FROM (SELECT booking_id FROM event.booking_logs
                  GROUP BY booking_id HAVING count(*) <> 1) twice
                """))
        .as("every booking ended exactly once")
        .isZero();
    for (Event event : events) {
      assertThat(data.available(event.id())).isEqualTo(10);
    }
  }

  private static int cancelEveryOther(
      PostgresServices instance, Actor admin, List<Event> events, int offset) {
    for (int i = offset; i < events.size(); i += 2) {
      instance.cancelEvent.cancel(admin, events.get(i).id());
    }
    return 0;
  }

  private List<Integer> race(List<Callable<Integer>> runs) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> futures = new ArrayList<>();
    for (Callable<Integer> run : runs) {
      futures.add(
          threads.submit(
              () -> {
                go.await();
                return run.call();
              }));
    }
    go.countDown();
    List<Integer> results = new ArrayList<>();
    for (Future<Integer> future : futures) {
      results.add(future.get(120, TimeUnit.SECONDS));
    }
    return results;
  }
}
