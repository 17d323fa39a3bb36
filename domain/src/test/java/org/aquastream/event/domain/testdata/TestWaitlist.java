package org.aquastream.event.domain.testdata;

import static org.aquastream.event.domain.testdata.TestTimes.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntryId;
import org.aquastream.event.domain.waitlist.WaitlistStatus;

/**
 * Waitlist entries in any state, built the way a stored one is rebuilt: by default a party of one,
 * WAITING since {@link TestTimes#NOW}, behind every entry built before it.
 */
public final class TestWaitlist {
  private static final AtomicLong PRIORITY = new AtomicLong();

  private TestWaitlist() {}

  public static EntryBuilder anEntryOf(EventId event, UserId user) {
    return new EntryBuilder(event, user);
  }

  /** Builds a {@link WaitlistEntry}. */
  public static final class EntryBuilder {
    private final EventId event;
    private final UserId user;
    private WaitlistEntryId id = WaitlistEntryId.newId();
    private int seats = 1;
    private long priority = PRIORITY.incrementAndGet();
    private WaitlistStatus status = WaitlistStatus.WAITING;
    private Instant joinedAt = NOW;
    private Instant notifiedAt;
    private Duration window;

    private EntryBuilder(EventId event, UserId user) {
      this.event = event;
      this.user = user;
    }

    public EntryBuilder id(WaitlistEntryId value) {
      id = value;
      return this;
    }

    /** The party's seats; one unless told otherwise. */
    public EntryBuilder seats(int value) {
      seats = value;
      return this;
    }

    /** Lower is served first; stores hand out the next one. */
    public EntryBuilder priority(long value) {
      priority = value;
      return this;
    }

    public EntryBuilder status(WaitlistStatus value) {
      status = value;
      return this;
    }

    public EntryBuilder joinedAt(Instant value) {
      joinedAt = value;
      return this;
    }

    /** NOTIFIED at {@code at}: a seat is held for it until {@code at + window}. */
    public EntryBuilder notified(Instant at, Duration holdFor) {
      status = WaitlistStatus.NOTIFIED;
      notifiedAt = at;
      window = holdFor;
      return this;
    }

    public WaitlistEntry build() {
      return WaitlistEntry.restore(
          id,
          event,
          user,
          seats,
          priority,
          status,
          notifiedAt,
          notifiedAt == null ? null : notifiedAt.plus(window),
          joinedAt,
          notifiedAt == null ? joinedAt : notifiedAt);
    }
  }
}
