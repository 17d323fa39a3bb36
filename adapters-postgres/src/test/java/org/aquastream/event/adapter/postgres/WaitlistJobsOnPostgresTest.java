package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window cleanup and completion jobs on PostgreSQL, run by two instances at once. */
class WaitlistJobsOnPostgresTest {
  private static final Duration WINDOW = PostgresServices.WAITLIST.notificationWindow();
  private static final Instant NOTIFIED_AT = NOW;

  private static TestDatabase db;
  private static JobData data;
  private final MutableClock clock = new MutableClock(NOTIFIED_AT.plus(WINDOW).plusSeconds(1));
  private ExecutorService threads;

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.fresh();
    data = new JobData(new Database(db.dataSource()));
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @BeforeEach
  void prepare() {
    db.truncateAll();
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private PostgresServices instance() {
    return new PostgresServices(new PostgresPersistence(db.dataSource()), clock, 100);
  }

  @Test
  void twoInstancesExpireEachPassedWindowOnceAndHandEachSeatToOneNextInLine() throws Exception {
    // 50 seats all held for notified users whose window passed; 30 more users wait behind them.
    Event event = data.soldOutEvent(50);
    for (int i = 0; i < 50; i++) {
      data.entry(event.id(), WaitlistStatus.NOTIFIED, NOTIFIED_AT, WINDOW);
    }
    for (int i = 0; i < 30; i++) {
      data.entry(event.id(), WaitlistStatus.WAITING, NOTIFIED_AT, WINDOW);
    }
    PostgresServices first = instance();
    PostgresServices second = instance();

    List<Integer> expired =
        race(
            first.expireWaitlistNotifications::cleanupExpiredWaitlistNotifications,
            second.expireWaitlistNotifications::cleanupExpiredWaitlistNotifications);

    assertThat(expired.get(0) + expired.get(1)).isEqualTo(50);
    assertThat(data.count("SELECT count(*) FROM event.waitlist_audit WHERE action = 'EXPIRED'"))
        .isEqualTo(50);
    assertThat(data.count("SELECT count(*) FROM event.waitlist WHERE status = 'NOTIFIED'"))
        .isEqualTo(30);
    assertThat(data.count("SELECT count(*) FROM event.waitlist_audit WHERE action = 'NOTIFIED'"))
        .as("each of the 30 got one held seat, once")
        .isEqualTo(30);
    assertThat(data.count("SELECT count(*) FROM event.outbox")).isEqualTo(30);
    assertThat(data.available(event.id())).isEqualTo(20);
    assertThat(data.availableByInvariant(event.id())).isEqualTo(20);
    assertThat(
            first.metrics.count(BusinessEvent.WAITLIST_EXPIRED)
                + second.metrics.count(BusinessEvent.WAITLIST_EXPIRED))
        .isEqualTo(50);
  }

  @Test
  void twoInstancesCompleteEachFinishedEventOnce() throws Exception {
    List<Event> ended = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Event event = data.soldOutEvent(5);
      data.pendingBookings(event.id(), 5, NOTIFIED_AT);
      ended.add(event);
    }
    clock.set(NOW.plus(Duration.ofDays(30)));
    PostgresServices first = instance();
    PostgresServices second = instance();

    List<Integer> completed =
        race(
            first.completeFinishedEvents::completeFinishedEvents,
            second.completeFinishedEvents::completeFinishedEvents);

    assertThat(completed.get(0) + completed.get(1)).isEqualTo(12);
    assertThat(data.count("SELECT count(*) FROM event.events WHERE status = 'COMPLETED'"))
        .isEqualTo(12);
    assertThat(data.count("SELECT count(*) FROM event.booking_logs WHERE new_status = 'EXPIRED'"))
        .as("each booking ended once")
        .isEqualTo(60);
    for (Event event : ended) {
      assertThat(data.available(event.id())).isEqualTo(5);
    }
  }

  @SafeVarargs
  private List<Integer> race(Callable<Integer>... runs) throws Exception {
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
