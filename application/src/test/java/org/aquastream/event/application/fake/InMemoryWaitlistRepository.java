package org.aquastream.event.application.fake;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistStatus;

/** Waitlist entries in memory, with the one-queued-entry-per-user-and-event rule of the index. */
public final class InMemoryWaitlistRepository implements WaitlistRepository {
  private static final Comparator<WaitlistEntry> BY_PRIORITY =
      Comparator.comparingLong(WaitlistEntry::priority);

  private final InMemoryDatabase db;

  public InMemoryWaitlistRepository(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public long nextPriority() {
    return db.waitlistPriority.incrementAndGet();
  }

  @Override
  public boolean insertIfNotQueued(WaitlistEntry entry) {
    return db.locked(
        () -> {
          if (entry.isQueued() && findQueued(entry.eventId(), entry.userId()).isPresent()) {
            return false;
          }
          db.waitlist.put(entry.id(), entry);
          return true;
        });
  }

  @Override
  public void update(WaitlistEntry entry) {
    db.locked(() -> db.waitlist.put(entry.id(), entry));
  }

  @Override
  public void updateAll(List<WaitlistEntry> entries) {
    db.locked(() -> entries.forEach(this::update));
  }

  @Override
  public Optional<WaitlistEntry> findQueued(EventId event, UserId user) {
    return db.locked(() -> queued(event).filter(e -> e.belongsTo(user)).findFirst());
  }

  @Override
  public Optional<WaitlistEntry> lockQueued(EventId event, UserId user) {
    return findQueued(event, user);
  }

  @Override
  public List<WaitlistEntry> lockWaitingThatFit(
      EventId event, int maxSeats, long afterPriority, int limit) {
    return db.locked(
        () ->
            queued(event)
                .filter(e -> e.status() == WaitlistStatus.WAITING)
                .filter(e -> e.seats() <= maxSeats && e.priority() > afterPriority)
                .sorted(BY_PRIORITY)
                .limit(limit)
                .toList());
  }

  @Override
  public List<WaitlistEntry> lockQueuedByEvent(EventId event) {
    return db.locked(() -> queued(event).sorted(BY_PRIORITY).toList());
  }

  @Override
  public Set<EventId> findEventsWithWaiting(Collection<EventId> events) {
    return db.locked(
        () ->
            db.waitlist.values().stream()
                .filter(e -> e.status() == WaitlistStatus.WAITING && events.contains(e.eventId()))
                .map(WaitlistEntry::eventId)
                .collect(Collectors.toSet()));
  }

  @Override
  public List<EventId> findEventsWithPassedWindows(Instant now, int limit) {
    return db.locked(
        () ->
            db.waitlist.values().stream()
                .filter(e -> e.isWindowPassed(now))
                .map(WaitlistEntry::eventId)
                .distinct()
                .limit(limit)
                .toList());
  }

  @Override
  public List<WaitlistEntry> lockPassedWindows(EventId event, Instant now) {
    return db.locked(
        () -> queued(event).filter(e -> e.isWindowPassed(now)).sorted(BY_PRIORITY).toList());
  }

  /** Every entry ever stored, in insertion order; for tests. */
  public List<WaitlistEntry> all() {
    return db.locked(() -> List.copyOf(db.waitlist.values()));
  }

  private Stream<WaitlistEntry> queued(EventId event) {
    return db.waitlist.values().stream().filter(e -> e.eventId().equals(event) && e.isQueued());
  }
}
