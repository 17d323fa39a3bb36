package org.aquastream.event.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.aquastream.event.adapter.postgres.JdbiEventQueries.Statement;
import org.junit.jupiter.api.Test;

class ListTotalsTest {
  private static final Statement PUBLISHED =
      new Statement(
          "SELECT count(*) FROM event.events e WHERE e.status = :status", statusIs("PUBLISHED"));

  private final AtomicLong nanos = new AtomicLong();
  private final ListTotals totals = new ListTotals(100, Duration.ofSeconds(5), nanos::get);
  private final AtomicLong counted = new AtomicLong();

  private static Map<String, Object> statusIs(String status) {
    return Map.of("status", status);
  }

  /** The database's count, which says how often it was asked. */
  private long count(long rows) {
    counted.incrementAndGet();
    return rows;
  }

  @Test
  void aSmallTotalIsCountedEveryTimeSoItIsAlwaysExact() {
    assertThat(totals.total(PUBLISHED, () -> count(99))).isEqualTo(99);
    assertThat(totals.total(PUBLISHED, () -> count(98))).isEqualTo(98);

    assertThat(counted).hasValue(2);
  }

  @Test
  void aLargeTotalIsCountedOnceAndReusedWhileItIsFresh() {
    assertThat(totals.total(PUBLISHED, () -> count(1_000_000))).isEqualTo(1_000_000);
    nanos.addAndGet(Duration.ofSeconds(4).toNanos());

    assertThat(totals.total(PUBLISHED, () -> count(1_000_003))).isEqualTo(1_000_000);
    assertThat(counted).hasValue(1);
  }

  @Test
  void aLargeTotalIsCountedAgainOnceItIsOlderThanItsLifetime() {
    totals.total(PUBLISHED, () -> count(1_000_000));
    nanos.addAndGet(Duration.ofSeconds(5).plusMillis(1).toNanos());

    assertThat(totals.total(PUBLISHED, () -> count(1_000_003))).isEqualTo(1_000_003);
    assertThat(counted).hasValue(2);
  }

  @Test
  void listsWithOtherConditionsHaveTotalsOfTheirOwn() {
    Statement completed = new Statement(PUBLISHED.sql(), statusIs("COMPLETED"));
    totals.total(PUBLISHED, () -> count(1_000_000));

    assertThat(totals.total(completed, () -> count(5_000))).isEqualTo(5_000);
    assertThat(counted).hasValue(2);
  }
}
