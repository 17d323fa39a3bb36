package org.aquastream.event.adapter.postgres;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.aquastream.event.application.port.out.shared.UnitOfWork;

/** Counts the transactions a use case opens and the largest one it did; passes work through. */
final class CountingUnitOfWork implements UnitOfWork {
  private final UnitOfWork delegate;
  private final AtomicInteger transactions = new AtomicInteger();

  CountingUnitOfWork(UnitOfWork delegate) {
    this.delegate = delegate;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work, Predicate<? super T> commitWhen) {
    transactions.incrementAndGet();
    return delegate.inTransaction(work, commitWhen);
  }

  int transactions() {
    return transactions.get();
  }
}
