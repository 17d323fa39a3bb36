package org.aquastream.event.application.fake;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.application.port.in.waitlist.WaitlistEntryView;
import org.aquastream.event.application.port.out.waitlist.WaitlistQueries;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistPosition;
import org.aquastream.event.domain.waitlist.WaitlistStatus;

/** Waitlist entries with their standing, worked out from priorities as the SQL does. */
public final class InMemoryWaitlistQueries implements WaitlistQueries {
  // Queued first, then the latest joiner: what GET .../waitlist/status shows.
  private static final Comparator<WaitlistEntry> QUEUED_THEN_LATEST =
      Comparator.comparing((WaitlistEntry e) -> !e.isQueued())
          .thenComparing(Comparator.comparingLong(WaitlistEntry::priority).reversed());
  private static final Comparator<WaitlistEntry> NEWEST_FIRST =
      Comparator.comparing(WaitlistEntry::createdAt)
          .reversed()
          .thenComparing(e -> e.id().toString());

  private final InMemoryDatabase db;

  public InMemoryWaitlistQueries(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public Optional<WaitlistEntryView> findLatest(EventId event, UserId user) {
    return db.locked(
        () ->
            db.waitlist.values().stream()
                .filter(e -> e.eventId().equals(event) && e.belongsTo(user))
                .min(QUEUED_THEN_LATEST)
                .map(this::view));
  }

  @Override
  public Page<WaitlistEntryView> listByUser(
      UserId user, Optional<WaitlistStatus> status, PageRequest page) {
    return db.locked(
        () -> {
          List<WaitlistEntry> all =
              db.waitlist.values().stream()
                  .filter(e -> e.belongsTo(user))
                  .filter(e -> status.map(s -> e.status() == s).orElse(true))
                  .sorted(NEWEST_FIRST)
                  .toList();
          List<WaitlistEntryView> items =
              all.stream().skip(page.offset()).limit(page.size()).map(this::view).toList();
          return Page.of(items, all.size(), page);
        });
  }

  private WaitlistEntryView view(WaitlistEntry entry) {
    List<WaitlistEntry> queue =
        db.waitlist.values().stream()
            .filter(e -> e.eventId().equals(entry.eventId()) && e.isQueued())
            .toList();
    int ahead = (int) queue.stream().filter(e -> e.priority() < entry.priority()).count();
    Optional<WaitlistPosition> position =
        entry.isQueued()
            ? Optional.of(WaitlistPosition.behind(ahead, queue.size()))
            : Optional.empty();
    return new WaitlistEntryView(
        entry, EventSummary.of(db.events.get(entry.eventId())), position, queue.size());
  }
}
