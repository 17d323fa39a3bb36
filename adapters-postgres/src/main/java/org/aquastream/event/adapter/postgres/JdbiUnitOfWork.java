package org.aquastream.event.adapter.postgres;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work in one READ COMMITTED transaction, again from the start after a deadlock. */
final class JdbiUnitOfWork implements UnitOfWork {
  /** Retries after the first attempt; the port allows work to run more than once. */
  static final int MAX_RETRIES = 3;

  /** The longest pause before the first retry; each further retry may wait once more as long. */
  static final long RETRY_PAUSE_MS = 20;

  private static final Logger LOG = LoggerFactory.getLogger(JdbiUnitOfWork.class);
  // serialization_failure, deadlock_detected: PostgreSQL rolled back and asks to try again.
  private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01");

  private final Database database;

  JdbiUnitOfWork(Database database) {
    this.database = database;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work, Predicate<? super T> commitWhen) {
    if (database.inTransaction()) {
      // Nested: join the open transaction; the outermost call decides commit or rollback.
      return work.get();
    }
    for (int retry = 0; ; retry++) {
      try {
        return database.inNewTransaction(
            handle -> {
              T result = work.get();
              if (!commitWhen.test(result)) {
                handle.rollback();
              }
              return result;
            });
      } catch (RuntimeException e) {
        String state = Database.sqlState(e);
        if (retry >= MAX_RETRIES || state == null || !RETRYABLE_STATES.contains(state)) {
          throw e;
        }
        LOG.info(
            "Transaction retried after SQLState {} (retry {} of {})",
            state,
            retry + 1,
            MAX_RETRIES);
        pauseBeforeRetry(retry);
      }
    }
  }

  /**
   * A short random pause: the transaction PostgreSQL let through gets its locks first, instead of
   * racing the retry for them and deadlocking again.
   */
  private static void pauseBeforeRetry(int retry) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, RETRY_PAUSE_MS * (retry + 1)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
