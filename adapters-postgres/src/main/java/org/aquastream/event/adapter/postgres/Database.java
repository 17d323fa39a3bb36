package org.aquastream.event.adapter.postgres;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * The one way this adapter reaches PostgreSQL: runs work on a handle of one Jdbi, which binds and
 * reads the domain's ids and rows ({@link IdTypes}, {@link RowTypes}), and reports an unreachable
 * database as {@link DependencyUnavailableException}.
 */
final class Database {
  static final String DEPENDENCY = "database";
  static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  // 08xxx: connection exceptions; 57P01-57P03: the server is shutting down or not accepting yet.
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");
  // What HikariCP answers on a connection it closed because PostgreSQL broke it.
  private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

  private final Jdbi jdbi;
  private final ThreadLocal<Boolean> transactionOpen = new ThreadLocal<>();

  Database(DataSource dataSource) {
    this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
    IdTypes.register(jdbi);
    RowTypes.register(jdbi);
  }

  /**
   * Runs {@code work} on this thread's open handle when a transaction is running (JDBI hands the
   * same handle to nested calls), otherwise on a new auto-commit handle.
   */
  <T> T withHandle(HandleCallback<T, RuntimeException> work) {
    try {
      return jdbi.withHandle(work);
    } catch (RuntimeException e) {
      throw translated(e);
    }
  }

  /** The one row {@code sql} reads, {@code rows} binding its values and naming what it maps to. */
  <T> T one(String sql, Function<Query, ResultIterable<T>> rows) {
    return withHandle(handle -> rows.apply(handle.createQuery(sql)).one());
  }

  /** The row {@code sql} reads if there is one; more than one is an error. */
  <T> Optional<T> find(String sql, Function<Query, ResultIterable<T>> rows) {
    return withHandle(handle -> rows.apply(handle.createQuery(sql)).findOne());
  }

  /** Every row {@code sql} reads, in its order. */
  <T> List<T> list(String sql, Function<Query, ResultIterable<T>> rows) {
    return withHandle(handle -> rows.apply(handle.createQuery(sql)).list());
  }

  /** Runs a writing statement, {@code binds} filling in its values; the rows it changed. */
  int update(String sql, UnaryOperator<Update> binds) {
    return withHandle(handle -> binds.apply(handle.createUpdate(sql)).execute());
  }

  /**
   * One numbered page of a list, on one handle: {@code countSql} counts every match and {@code
   * itemsSql}, ending in {@code LIMIT :limit OFFSET :offset}, reads the page; {@code binds} fills
   * in the values both share.
   */
  <T> Page<T> page(
      String countSql,
      String itemsSql,
      UnaryOperator<Query> binds,
      Function<Query, ResultIterable<T>> rows,
      PageRequest page) {
    return withHandle(
        handle -> {
          long total = binds.apply(handle.createQuery(countSql)).mapTo(Long.class).one();
          Query items =
              binds
                  .apply(handle.createQuery(itemsSql))
                  .bind("limit", page.size())
                  .bind("offset", page.offset());
          return Page.of(rows.apply(items).list(), total, page);
        });
  }

  /**
   * Runs {@code work} in a new transaction at the connection's isolation level, READ COMMITTED (the
   * pool sets it on every connection: naming it per transaction would cost a round trip to read the
   * level first); callers must check {@link #inTransaction()} first.
   */
  <T> T inNewTransaction(HandleCallback<T, RuntimeException> work) {
    transactionOpen.set(Boolean.TRUE);
    try {
      return jdbi.inTransaction(work);
    } catch (RuntimeException e) {
      throw translated(e);
    } finally {
      transactionOpen.remove();
    }
  }

  /** True while this thread runs inside {@link #inNewTransaction}. */
  boolean inTransaction() {
    return transactionOpen.get() != null;
  }

  /** The SQLState of the first {@link SQLException} in the cause chain, or null. */
  static String sqlState(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }

  private static RuntimeException translated(RuntimeException failure) {
    if (failure instanceof DependencyUnavailableException || !isUnreachable(failure)) {
      return failure;
    }
    return new DependencyUnavailableException(
        DEPENDENCY, RETRY_AFTER, "PostgreSQL is unreachable: " + failure.getMessage(), failure);
  }

  /**
   * True when anything in the failure (causes and suppressed exceptions alike) says the connection
   * or the server is gone. When PostgreSQL ends a session mid-transaction, HikariCP closes that
   * connection and JDBI's rollback and reset on it fail with HikariCP's "Connection is closed",
   * which carries no SQLState and may be all that reaches us.
   */
  private static boolean isUnreachable(Throwable failure) {
    return isUnreachable(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static boolean isUnreachable(Throwable t, Set<Throwable> seen) {
    if (t == null || !seen.add(t)) {
      return false;
    }
    if (t instanceof ConnectionException
        || t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof ConnectException) {
      return true;
    }
    if (t instanceof SQLException sql) {
      String state = sql.getSQLState();
      if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
        return true;
      }
      if (state == null && POOL_CLOSED_CONNECTION.equals(sql.getMessage())) {
        return true;
      }
    }
    for (Throwable suppressed : t.getSuppressed()) {
      if (isUnreachable(suppressed, seen)) {
        return true;
      }
    }
    return isUnreachable(t.getCause(), seen);
  }
}
