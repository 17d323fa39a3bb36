package org.aquastream.event.application.port.out.shared;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One database transaction around a piece of work. Repository calls inside {@code work} take part
 * in it. The work may run more than once when the database reports a transient conflict (deadlock,
 * serialization failure), so it must not call other services.
 */
public interface UnitOfWork {

  /** Commits when {@code work} returns, rolls back when it throws. */
  default <T> T inTransaction(Supplier<T> work) {
    return inTransaction(work, result -> true);
  }

  /** Commits only when {@code commitWhen} accepts the result; rolls back otherwise. */
  <T> T inTransaction(Supplier<T> work, Predicate<? super T> commitWhen);
}
