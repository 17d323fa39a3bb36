package org.aquastream.event.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two instances on one database draw on one bucket per key. */
class PostgresRateLimitBucketsTest {
  private static final BucketConfiguration TEN_PER_MINUTE =
      BucketConfiguration.builder()
          .addLimit(
              Bandwidth.builder().capacity(10).refillGreedy(10, Duration.ofMinutes(1)).build())
          .build();

  private static TestDatabase database;

  @BeforeAll
  static void database() {
    database = TestDatabase.fresh();
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void twoInstancesShareOneLimitPerKey() {
    var first = new PostgresRateLimitBuckets(database.dataSource()).proxies();
    var second = new PostgresRateLimitBuckets(database.dataSource()).proxies();

    for (int i = 0; i < 6; i++) {
      assertThat(first.builder().build("booking-create:user:a", TEN_PER_MINUTE).tryConsume(1))
          .isTrue();
    }
    for (int i = 0; i < 4; i++) {
      assertThat(second.builder().build("booking-create:user:a", TEN_PER_MINUTE).tryConsume(1))
          .isTrue();
    }

    assertThat(first.builder().build("booking-create:user:a", TEN_PER_MINUTE).tryConsume(1))
        .isFalse();
    assertThat(second.builder().build("booking-create:user:b", TEN_PER_MINUTE).tryConsume(1))
        .isTrue();
  }

  @Test
  void racingRequestsOnTwoInstancesGetExactlyTheLimit() throws Exception {
    var instances =
        List.of(
            new PostgresRateLimitBuckets(database.dataSource()).proxies(),
            new PostgresRateLimitBuckets(database.dataSource()).proxies());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> attempts = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (int i = 0; i < 30; i++) {
        var proxies = instances.get(i % 2);
        attempts.add(
            pool.submit(
                () -> {
                  go.await();
                  return proxies
                      .builder()
                      .build("event-list:ip:race", TEN_PER_MINUTE)
                      .tryConsume(1);
                }));
      }
      go.countDown();
      int granted = 0;
      for (Future<Boolean> attempt : attempts) {
        granted += attempt.get() ? 1 : 0;
      }
      assertThat(granted).isEqualTo(10);
    }
  }

  @Test
  void rowsOfRefilledBucketsAreRemovedAndBusyOnesKept() {
    var buckets = new PostgresRateLimitBuckets(database.dataSource());
    BucketConfiguration quick =
        BucketConfiguration.builder()
            .addLimit(
                Bandwidth.builder().capacity(1).refillGreedy(1, Duration.ofMillis(50)).build())
            .build();
    buckets.proxies().builder().build("short-lived", quick).tryConsume(1);
    buckets.proxies().builder().build("busy", TEN_PER_MINUTE).tryConsume(1);

    // The short-lived bucket is full again 50 ms after its write; its row may then go.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              buckets.removeExpired(100);
              return buckets.proxies().getProxyConfiguration("short-lived").isEmpty();
            });

    assertThat(buckets.proxies().getProxyConfiguration("busy")).isPresent();
  }
}
