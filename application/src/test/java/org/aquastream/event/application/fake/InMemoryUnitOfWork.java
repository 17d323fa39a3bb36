package org.aquastream.event.application.fake;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.aquastream.event.application.port.out.shared.UnitOfWork;

/** Serializable transactions over an {@link InMemoryDatabase}, with rollback by snapshot. */
public final class InMemoryUnitOfWork implements UnitOfWork {
  private final InMemoryDatabase db;
  private final ThreadLocal<Boolean> active = ThreadLocal.withInitial(() -> false);

  public InMemoryUnitOfWork(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work, Predicate<? super T> commitWhen) {
    if (active.get()) {
      return work.get();
    }
    db.lock();
    active.set(true);
    InMemoryDatabase.Snapshot before = db.snapshot();
    try {
      T result = work.get();
      if (!commitWhen.test(result)) {
        db.restore(before);
      }
      return result;
    } catch (RuntimeException | Error e) {
      db.restore(before);
      throw e;
    } finally {
      active.set(false);
      db.unlock();
    }
  }
}
