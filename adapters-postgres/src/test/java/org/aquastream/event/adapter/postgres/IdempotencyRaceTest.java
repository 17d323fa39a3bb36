package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.domain.testdata.TestBookings.aBookingOf;
import static org.aquastream.event.domain.testdata.TestOrganizers.anOrganizer;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.port.out.booking.IdempotencyKeys.Claim;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A retried request whose first attempt is still running waits for it instead of booking again. */
class IdempotencyRaceTest {
  private static final String REQUEST = "POST /bookings eventId=race";

  private static TestDatabase db;
  private static Database database;
  private static PostgresPersistence persistence;
  private ExecutorService threads;
  private final CountDownLatch firstClaimed = new CountDownLatch(1);
  private final CountDownLatch finishFirst = new CountDownLatch(1);

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

  @BeforeEach
  void startThreads() {
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void aRetryWaitsForTheFirstRequestAndReplaysItsBooking() throws Exception {
    UserId user = aUser();
    Booking booking = aBookingOf(anEvent(), user).build();
    Future<Claim> first = threads.submit(() -> firstRequest(user, booking, true));
    firstClaimed.await();

    Future<Claim> retry = threads.submit(() -> claimInTransaction(user));
    awaitOneClaimBlocked();
    assertThat(retry).isNotDone();
    finishFirst.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(new Claim.Fresh());
    assertThat(retry.get(10, TimeUnit.SECONDS)).isEqualTo(new Claim.Replay(booking.id()));
  }

  @Test
  void aRetryAfterAFirstRequestThatRolledBackStartsAfresh() throws Exception {
    UserId user = aUser();
    Booking booking = aBookingOf(anEvent(), user).build();
    Future<Claim> first = threads.submit(() -> firstRequest(user, booking, false));
    firstClaimed.await();

    Future<Claim> retry = threads.submit(() -> claimInTransaction(user));
    awaitOneClaimBlocked();
    finishFirst.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(new Claim.Fresh());
    assertThat(retry.get(10, TimeUnit.SECONDS)).isEqualTo(new Claim.Fresh());
  }

  /** Claims the key, books, completes the key, then holds the transaction open until told. */
  private Claim firstRequest(UserId user, Booking booking, boolean commit) {
    return persistence
        .unitOfWork()
        .inTransaction(
            () -> {
              Claim claim = persistence.idempotencyKeys().claim(user, "key-1", REQUEST);
              firstClaimed.countDown();
              persistence.events().takeSeat(booking.eventId());
              persistence.bookings().insertIfNoActive(booking);
              persistence.idempotencyKeys().complete(user, "key-1", booking.id());
              awaitUninterruptibly(finishFirst);
              return claim;
            },
            claim -> commit);
  }

  private static Claim claimInTransaction(UserId user) {
    return persistence
        .unitOfWork()
        .inTransaction(() -> persistence.idempotencyKeys().claim(user, "key-1", REQUEST));
  }

  private static void awaitOneClaimBlocked() {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                database.withHandle(
                    h ->
                        h.createQuery(
                                """
                                SELECT count(*) FROM pg_stat_activity
                                 WHERE datname = current_database() AND wait_event_type = 'Lock'
                                """)
                            .mapTo(Integer.class)
                            .one()),
            blocked -> blocked == 1);
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Event anEvent() {
    Organizer organizer = anOrganizer().build();
    persistence.organizers().insert(organizer);
    Event event = TestEvents.anEvent().organizedBy(organizer).build();
    persistence.events().insert(event);
    return event;
  }
}
