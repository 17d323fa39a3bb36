package org.aquastream.event.application.fake;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aquastream.event.application.port.in.organizer.OrganizerCard;
import org.aquastream.event.application.port.out.organizer.OrganizerQueries;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** The organizer directory over in-memory organizers, with the same filter and order as SQL. */
public final class InMemoryOrganizerQueries implements OrganizerQueries {
  private final InMemoryDatabase db;

  public InMemoryOrganizerQueries(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public Page<OrganizerCard> search(Optional<String> text, PageRequest page) {
    return db.locked(
        () -> {
          List<Organizer> all =
              db.organizers.values().stream()
                  .filter(o -> text.map(t -> matches(o, t)).orElse(true))
                  .sorted(
                      Comparator.<Organizer, String>comparing(o -> o.profile().name())
                          .thenComparing(o -> o.id().toString()))
                  .toList();
          List<OrganizerCard> items =
              all.stream()
                  .skip(page.offset())
                  .limit(page.size())
                  .map(o -> new OrganizerCard(o, publishedEvents(o)))
                  .toList();
          return Page.of(items, all.size(), page);
        });
  }

  private long publishedEvents(Organizer organizer) {
    return db.events.values().stream()
        .filter(e -> e.isOrganizedBy(organizer.id()) && e.status() == EventStatus.PUBLISHED)
        .count();
  }

  private static boolean matches(Organizer organizer, String text) {
    String needle = lower(text);
    String description = organizer.profile().description();
    return lower(organizer.profile().name()).contains(needle)
        || (description != null && lower(description).contains(needle));
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
