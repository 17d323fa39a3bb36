package org.aquastream.event.adapter.postgres;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.aquastream.event.domain.event.EventId;

/**
 * The negative control of the seat race, test code only: the real repository, except that a seat is
 * taken the naive way, by reading {@code available} and then writing one less. The first {@code
 * readersTogether} takers all read before any of them writes, so the lost update this allows is
 * certain rather than a matter of timing.
 */
final class ReadThenWriteSeats extends ForwardingEventRepository {
  private final Database database;
  private final CountDownLatch readersTogether;

  ReadThenWriteSeats(Database database, int readersTogether) {
    super(new JdbiEventRepository(database));
    this.database = database;
    this.readersTogether = new CountDownLatch(readersTogether);
  }

  @Override
  public boolean takeSeat(EventId id) {
    return takeNaively(id, 1, Optional.empty());
  }

  @Override
  public Set<EventId> takeSeatsIfOpen(Map<EventId, Integer> seats, Instant now) {
    Set<EventId> taken = new HashSet<>();
    seats.forEach(
        (id, count) -> {
          if (takeNaively(id, count, Optional.of(now))) {
            taken.add(id);
          }
        });
    return taken;
  }

  /**
   * Reads what is free (of an event open at {@code openAt}, when given), lets the other readers
   * read too, then writes what it thinks is left.
   */
  private boolean takeNaively(EventId id, int seats, Optional<Instant> openAt) {
    Optional<Integer> available =
        database.withHandle(
            handle ->
                handle
                    .createQuery(
                        """
                        SELECT available FROM event.events
                         WHERE id = :id
                           AND (:anyState OR (status = 'PUBLISHED' AND date_start > :openAt))
                        """)
                    .bind("id", id.value())
                    .bind("anyState", openAt.isEmpty())
                    .bind("openAt", openAt.orElse(Instant.EPOCH))
                    .mapTo(Integer.class)
                    .findOne());
    if (available.isEmpty() || available.get() < seats) {
      return false;
    }
    waitForTheOtherReaders();
    database.withHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE event.events SET available = :left, updated_at = now() WHERE id = :id")
                .bind("left", available.get() - seats)
                .bind("id", id.value())
                .execute());
    return true;
  }

  private void waitForTheOtherReaders() {
    readersTogether.countDown();
    try {
      // Bounded: fewer racers than readers must not hang the test.
      readersTogether.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
