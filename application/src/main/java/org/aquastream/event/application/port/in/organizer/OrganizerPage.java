package org.aquastream.event.application.port.in.organizer;

import java.util.List;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.TeamMember;

/**
 * An organizer's public page: the organizer, its next published events (at most {@link
 * #MAX_UPCOMING}, soonest first), its team and its FAQ.
 */
public record OrganizerPage(
    Organizer organizer, List<EventView> upcomingEvents, List<TeamMember> team, List<FaqItem> faq) {
  public static final int MAX_UPCOMING = 20;

  public OrganizerPage {
    upcomingEvents = List.copyOf(upcomingEvents);
    team = List.copyOf(team);
    faq = List.copyOf(faq);
  }
}
