package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.domain.testdata.TestOrganizers.anOrganizer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transactions on PostgreSQL: one connection per unit of work, retried after deadlocks. */
class JdbiUnitOfWorkTest {
  private static TestDatabase db;
  private static Database database;
  private static PostgresPersistence persistence;
  private static UnitOfWork unitOfWork;
  private ExecutorService threads;

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.fresh();
    database = new Database(db.dataSource());
    // One Jdbi for the ports and this test's own SQL, so that both join the same transactions.
    persistence = new PostgresPersistence(database);
    unitOfWork = persistence.unitOfWork();
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
  void everyCallInsideAUnitOfWorkRunsInItsOneTransaction() {
    List<Long> transactionIds =
        unitOfWork.inTransaction(
            () -> List.of(currentTransaction(), currentTransaction(), currentTransaction()));

    assertThat(transactionIds).hasSize(3).containsOnly(transactionIds.get(0));
  }

  @Test
  void callsOutsideAUnitOfWorkEachCommitOnTheirOwn() {
    assertThat(currentTransaction()).isNotEqualTo(currentTransaction());
  }

  @Test
  void aNestedUnitOfWorkJoinsTheOpenTransaction() {
    List<Long> outerAndInner =
        unitOfWork.inTransaction(
            () ->
                List.of(currentTransaction(), unitOfWork.inTransaction(this::currentTransaction)));

    assertThat(outerAndInner.get(1)).isEqualTo(outerAndInner.get(0));
  }

  @Test
  void repositoriesInsideAUnitOfWorkWriteNothingOthersSeeUntilCommit() {
    Organizer organizer = anOrganizer().build();
    PostgresPersistence p = persistence;
    Callable<Boolean> anotherConnectionSeesIt =
        () -> p.organizers().findById(organizer.id()).isPresent();

    boolean seenByOthersBeforeCommit =
        p.unitOfWork()
            .inTransaction(
                () -> {
                  p.organizers().insert(organizer);
                  assertThat(p.organizers().findById(organizer.id())).isPresent();
                  return onAnotherThread(anotherConnectionSeesIt);
                });

    assertThat(seenByOthersBeforeCommit).isFalse();
    assertThat(onAnotherThread(anotherConnectionSeesIt)).isTrue();
  }

  @Test
  void aSerializationFailureRunsTheWorkAgainFromTheStart() {
    Organizer organizer = anOrganizer().build();
    AtomicInteger attempts = new AtomicInteger();

    String result =
        persistence
            .unitOfWork()
            .inTransaction(
                () -> {
                  persistence.organizers().insert(organizer);
                  if (attempts.incrementAndGet() == 1) {
                    raise("40001");
                  }
                  return "done";
                });

    assertThat(result).isEqualTo("done");
    assertThat(attempts).hasValue(2);
    assertThat(persistence.organizers().findById(organizer.id())).isPresent();
  }

  @Test
  void retriesStopAfterThreeAndTheFailureSurfaces() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      attempts.incrementAndGet();
                      raise("40P01");
                      return "never";
                    }))
        .satisfies(e -> assertThat(Database.sqlState(e)).isEqualTo("40P01"));

    assertThat(attempts).hasValue(1 + JdbiUnitOfWork.MAX_RETRIES);
  }

  @Test
  void otherFailuresAreNotRetried() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      attempts.incrementAndGet();
                      raise("23505");
                      return "never";
                    }))
        .satisfies(e -> assertThat(Database.sqlState(e)).isEqualTo("23505"));

    assertThat(attempts).hasValue(1);
  }

  @Test
  void twoTransactionsThatDeadlockBothFinishOnce() throws Exception {
    Event first = anEvent(10);
    Event second = anEvent(10);
    CyclicBarrier bothHoldTheirFirstLock = new CyclicBarrier(2);
    AtomicInteger attempts = new AtomicInteger();

    Future<Boolean> forward =
        threads.submit(() -> takeBoth(first, second, bothHoldTheirFirstLock, attempts));
    Future<Boolean> backward =
        threads.submit(() -> takeBoth(second, first, bothHoldTheirFirstLock, attempts));

    assertThat(forward.get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(backward.get(30, TimeUnit.SECONDS)).isTrue();
    // PostgreSQL aborted one of them at least once; its retry ran after the other had committed.
    assertThat(attempts.get()).isBetween(3, 2 * (1 + JdbiUnitOfWork.MAX_RETRIES));
    assertThat(available(first)).isEqualTo(8);
    assertThat(available(second)).isEqualTo(8);
  }

  /** Takes a seat of {@code a}, waits (first attempt only) for the other thread, then one of b. */
  private static boolean takeBoth(Event a, Event b, CyclicBarrier barrier, AtomicInteger attempts) {
    AtomicInteger mine = new AtomicInteger();
    return persistence
        .unitOfWork()
        .inTransaction(
            () -> {
              attempts.incrementAndGet();
              boolean tookA = persistence.events().takeSeat(a.id());
              if (mine.incrementAndGet() == 1) {
                awaitBarrier(barrier);
              }
              return tookA && persistence.events().takeSeat(b.id());
            });
  }

  private <T> T onAnotherThread(Callable<T> call) {
    try {
      return threads.submit(call).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitBarrier(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the other transaction never took its first lock", e);
    }
  }

  private long currentTransaction() {
    return database.withHandle(h -> h.createQuery("SELECT txid_current()").mapTo(Long.class).one());
  }

  /** Makes PostgreSQL itself fail the statement with {@code sqlState}. */
  private static void raise(String sqlState) {
    database.withHandle(
        h ->
            h.execute(
                "DO $$ BEGIN RAISE EXCEPTION 'simulated' USING ERRCODE = '"
                    + sqlState
                    + "'; END $$"));
  }

  private static Event anEvent(int seats) {
    Organizer organizer = anOrganizer().build();
    persistence.organizers().insert(organizer);
    Event event = TestEvents.anEvent().organizedBy(organizer).capacity(seats).build();
    persistence.events().insert(event);
    return event;
  }

  private static int available(Event event) {
    return persistence.events().findById(event.id()).orElseThrow().available();
  }
}
