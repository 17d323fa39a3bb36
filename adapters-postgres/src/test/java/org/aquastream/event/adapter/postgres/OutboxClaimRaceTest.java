package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.port.out.outbox.OutboxKind;
import org.aquastream.event.application.port.out.outbox.OutboxMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Relays on several instances claim disjoint batches: FOR UPDATE SKIP LOCKED, never twice. */
class OutboxClaimRaceTest {
  private static final int MESSAGES = 300;
  private static final int RELAYS = 4;

  private static TestDatabase db;
  private static PostgresPersistence persistence;

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.fresh();
    persistence = new PostgresPersistence(db.dataSource());
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Test
  void racingRelaysClaimEveryMessageExactlyOnce() throws Exception {
    for (int i = 0; i < MESSAGES; i++) {
      persistence
          .notificationOutbox()
          .enqueue(
              new Notification(
                  aUser(),
                  NotificationTemplate.BOOKING_CREATED,
                  Map.of("n", Integer.toString(i)),
                  "booking.created:" + i));
    }
    Instant now = Instant.now().plusSeconds(60);
    List<String> claimed = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(RELAYS);
    try {
      List<Future<?>> relays = new ArrayList<>();
      for (int r = 0; r < RELAYS; r++) {
        relays.add(
            pool.submit(
                () -> {
                  start.await();
                  while (true) {
                    List<OutboxMessage> batch =
                        persistence
                            .unitOfWork()
                            .inTransaction(
                                () ->
                                    persistence
                                        .outboxQueue()
                                        .claimDue(
                                            Set.of(OutboxKind.NOTIFICATION),
                                            now,
                                            7,
                                            now.plusSeconds(600)));
                    if (batch.isEmpty()) {
                      return null;
                    }
                    batch.forEach(m -> claimed.add(m.idempotencyKey()));
                  }
                }));
      }
      start.countDown();
      for (Future<?> relay : relays) {
        relay.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(claimed).hasSize(MESSAGES).doesNotHaveDuplicates();
  }
}
