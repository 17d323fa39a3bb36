package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox records each notification once, with its change; retention deletes by age. */
class OutboxAndRetentionTest {
  private static TestDatabase db;
  private static Database database;
  private static PostgresPersistence persistence;
  private static JobData data;

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.fresh();
    database = new Database(db.dataSource());
    persistence = new PostgresPersistence(database);
    data = new JobData(database);
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @BeforeEach
  void empty() {
    db.truncateAll();
  }

  private static Notification slotFor(UserId user, String key) {
    return new Notification(
        user, NotificationTemplate.WAITLIST_SLOT_AVAILABLE, Map.of("eventTitle", "Reef dive"), key);
  }

  @Test
  void aNotificationIsRecordedPendingWithItsPayloadAndOnlyOncePerKey() throws Exception {
    UserId user = aUser();

    persistence.notificationOutbox().enqueue(slotFor(user, "waitlist.slot_available:1"));
    persistence.notificationOutbox().enqueue(slotFor(user, "waitlist.slot_available:1"));

    assertThat(data.count("SELECT count(*) FROM event.outbox")).isEqualTo(1);
    Map<String, Object> row =
        database.withHandle(
            h ->
                h.createQuery(
                        "SELECT kind, status, attempts, CAST(payload AS text) AS payload FROM event.outbox")
                    .mapToMap()
                    .one());
    assertThat(row).containsEntry("kind", "NOTIFICATION").containsEntry("status", "PENDING");
    assertThat(row.get("attempts")).isEqualTo(0);
    JsonNode payload = new ObjectMapper().readTree((String) row.get("payload"));
    assertThat(payload.path("userId").asText()).isEqualTo(user.toString());
    assertThat(payload.path("template").asText()).isEqualTo("waitlist.slot_available");
    assertThat(payload.path("data").path("eventTitle").asText()).isEqualTo("Reef dive");
  }

  @Test
  void aNotificationOfARolledBackChangeIsNeverRecorded() {
    persistence
        .unitOfWork()
        .inTransaction(
            () -> {
              persistence.notificationOutbox().enqueue(slotFor(aUser(), "k"));
              return false;
            },
            committed -> committed);

    assertThat(data.count("SELECT count(*) FROM event.outbox")).isZero();
  }

  @Test
  void retentionDeletesOnlyRowsOlderThanTheCutoffAcrossSeveralBatches() {
    Event event = data.soldOutEvent(1);
    Instant cutoff = NOW;
    int old = JdbiAuditRetention.BATCH + 5;
    data.pendingBookings(event.id(), 1, cutoff);
    database.withHandle(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO event.booking_logs (booking_id, action, new_status, created_at)
                    SELECT b.id, 'CREATED', 'PENDING', CAST(:at AS timestamptz) - g * interval '1 second'
                      FROM event.bookings b, generate_series(1, :old) g
                    """)
                .bind("at", cutoff)
                .bind("old", old)
                .execute());
    database.withHandle(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO event.booking_logs (booking_id, action, new_status, created_at)
                    SELECT id, 'CREATED', 'PENDING', :at FROM event.bookings
                    """)
                .bind("at", cutoff)
                .execute());
    data.entry(event.id(), WaitlistStatus.WAITING, cutoff, Duration.ofMinutes(30));
    persistence
        .waitlistAudit()
        .append(
            new org.aquastream.event.domain.waitlist.WaitlistAuditEntry(
                event.id(),
                aUser(),
                org.aquastream.event.domain.waitlist.WaitlistAction.JOINED,
                1,
                Map.of(),
                cutoff.minusSeconds(1)));

    assertThat(persistence.auditRetention().deleteBookingLogsBefore(cutoff)).isEqualTo(old);
    assertThat(persistence.auditRetention().deleteWaitlistAuditBefore(cutoff)).isEqualTo(1);
    assertThat(data.count("SELECT count(*) FROM event.booking_logs")).isEqualTo(1);
  }

  @Test
  void retentionDeletesOnlyDeliveredOrSkippedMessagesOlderThanTheCutoff() {
    Instant cutoff = NOW;
    UserId user = aUser();
    for (String key :
        new String[] {"old-sent", "old-skipped", "old-pending", "old-failed", "new"}) {
      persistence.notificationOutbox().enqueue(slotFor(user, key));
    }
    persistence.outboxQueue().markSent("old-sent", cutoff.minusSeconds(60));
    persistence.outboxQueue().markSkipped("old-skipped", "circuit open", cutoff.minusSeconds(60));
    persistence.outboxQueue().markFailed("old-failed", 5, "gave up", cutoff.minusSeconds(60));
    persistence.outboxQueue().markSent("new", cutoff);
    database.withHandle(
        h ->
            h.createUpdate(
                    """
                    UPDATE event.outbox SET created_at = CAST(:at AS timestamptz) - interval '1 day'
                     WHERE idempotency_key LIKE 'old-%'
                    """)
                .bind("at", cutoff)
                .execute());
    database.withHandle(
        h ->
            h.createUpdate("UPDATE event.outbox SET created_at = :at WHERE idempotency_key = 'new'")
                .bind("at", cutoff)
                .execute());

    long deleted = persistence.auditRetention().deleteFinishedOutboxBefore(cutoff);

    List<String> left =
        database.withHandle(
            h ->
                h.createQuery("SELECT idempotency_key FROM event.outbox ORDER BY 1")
                    .mapTo(String.class)
                    .list());
    assertThat(deleted).isEqualTo(2);
    assertThat(left).containsExactly("new", "old-failed", "old-pending");
  }

  @Test
  void idempotencyKeysOlderThanTheCutoffAreDeleted() {
    UserId user = aUser();
    persistence.idempotencyKeys().claim(user, "old", "fp");
    database.withHandle(
        h -> h.execute("UPDATE event.idempotency_keys SET created_at = now() - interval '2 days'"));
    persistence.idempotencyKeys().claim(user, "new", "fp");

    long deleted =
        persistence
            .auditRetention()
            .deleteIdempotencyKeysBefore(Instant.now().minus(Duration.ofDays(1)));

    assertThat(deleted).isEqualTo(1);
    assertThat(data.count("SELECT count(*) FROM event.idempotency_keys WHERE key = 'new'"))
        .isEqualTo(1);
  }

  @Test
  void theNewTablesAndIndexesExist() {
    assertThat(
            data.count(
                """
                SELECT count(*) FROM pg_tables WHERE schemaname = 'event'
                   AND tablename IN ('outbox', 'scheduled_tasks')
                """))
        .isEqualTo(2);
    assertThat(
            data.count(
                """
                SELECT count(*) FROM pg_indexes WHERE schemaname = 'event'
                   AND indexname IN ('idx_waitlist_queue', 'idx_waitlist_notified_expires',
                       'idx_outbox_pending_due', 'idx_events_published_end',
                       'idx_booking_logs_created_at', 'idx_waitlist_audit_created_at')
                """))
        .isEqualTo(6);
  }
}
