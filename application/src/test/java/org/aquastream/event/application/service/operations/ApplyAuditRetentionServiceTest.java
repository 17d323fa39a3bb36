package org.aquastream.event.application.service.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aquastream.event.application.fake.MutableClock;
import org.aquastream.event.application.port.in.operations.ApplyAuditRetentionUseCase.Purged;
import org.aquastream.event.application.port.out.operations.AuditRetention;
import org.aquastream.event.domain.testdata.TestTimes;
import org.junit.jupiter.api.Test;

class ApplyAuditRetentionServiceTest {
  private final MutableClock clock = new MutableClock(TestTimes.NOW);
  private final List<String> deletions = new ArrayList<>();
  private final AuditRetention retention =
      new AuditRetention() {
        @Override
        public long deleteBookingLogsBefore(Instant cutoff) {
          deletions.add("booking_logs < " + cutoff);
          return 3;
        }

        @Override
        public long deleteWaitlistAuditBefore(Instant cutoff) {
          deletions.add("waitlist_audit < " + cutoff);
          return 2;
        }

        @Override
        public long deleteIdempotencyKeysBefore(Instant cutoff) {
          deletions.add("idempotency_keys < " + cutoff);
          return 1;
        }

        @Override
        public long deleteFinishedOutboxBefore(Instant cutoff) {
          deletions.add("finished outbox < " + cutoff);
          return 4;
        }
      };

  @Test
  void auditRowsAndDeliveredMessagesOlderThanTheRetentionAndKeysOlderThanADayAreDeleted() {
    var service = new ApplyAuditRetentionService(retention, Duration.ofDays(90), clock);

    Purged purged = service.applyRetention();

    assertThat(purged).isEqualTo(new Purged(3, 2, 1, 4));
    assertThat(deletions)
        .containsExactly(
            "booking_logs < " + TestTimes.NOW.minus(Duration.ofDays(90)),
            "waitlist_audit < " + TestTimes.NOW.minus(Duration.ofDays(90)),
            "idempotency_keys < " + TestTimes.NOW.minus(Duration.ofDays(1)),
            "finished outbox < " + TestTimes.NOW.minus(Duration.ofDays(90)));
  }
}
