package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestOrganizers.anOrganizer;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.in.organizer.OrganizerCard;
import org.aquastream.event.application.port.out.organizer.OrganizerQueries;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.Contacts;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerProfile;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** What every {@link OrganizerQueries} must do: the directory's search, order and counts. */
public abstract class OrganizerQueriesContract extends PortContract {
  private static final PageRequest FIRST = new PageRequest(0, 20);

  @Test
  void theDirectoryIsSortedByNameAndCountsOnlyPublishedEvents() {
    Organizer zebra = organizer("Zebra Divers", null);
    Organizer alpha = organizer("Alpha Kayak", null);
    given(anEvent().organizedBy(alpha).status(EventStatus.PUBLISHED));
    given(anEvent().organizedBy(alpha).status(EventStatus.PUBLISHED));
    given(anEvent().organizedBy(alpha).status(EventStatus.DRAFT));
    given(anEvent().organizedBy(alpha).status(EventStatus.CANCELLED));
    given(anEvent().organizedBy(zebra).status(EventStatus.COMPLETED));

    Page<OrganizerCard> page = ports.organizerQueries().search(Optional.empty(), FIRST);

    assertThat(page.items())
        .extracting(c -> c.organizer().id())
        .containsExactly(alpha.id(), zebra.id());
    assertThat(page.items()).extracting(OrganizerCard::eventCount).containsExactly(2L, 0L);
    assertThat(page.items().get(0).organizer()).usingRecursiveComparison().isEqualTo(alpha);
  }

  @Test
  void searchMatchesPartOfTheNameOrDescriptionIgnoringCase() {
    Organizer byName = organizer("Volga RAFTING", null);
    Organizer byDescription = organizer("River Folk", "Family rafting weekends");
    Organizer cyrillic = organizer("Сплав на Белой", null);
    organizer("Kayak School", "Sea kayaking");

    assertThat(names(search("rafting"))).containsExactly("River Folk", "Volga RAFTING");
    assertThat(names(search("сПЛАВ"))).containsExactly("Сплав на Белой");
    assertThat(byName).isNotNull();
    assertThat(byDescription).isNotNull();
    assertThat(cyrillic).isNotNull();
  }

  @Test
  void wildcardsInTheSearchMatchThemselves() {
    organizer("100% Water", null);
    organizer("1000 Waters", null);
    organizer("Wet_suits", null);
    organizer("Wetsuits", null);

    assertThat(names(search("0%"))).containsExactly("100% Water");
    assertThat(names(search("t_s"))).containsExactly("Wet_suits");
  }

  @Test
  void pagesCarryTheTotalOfAllMatches() {
    for (String name : List.of("A", "B", "C", "D", "E")) {
      organizer("Club " + name, null);
    }

    Page<OrganizerCard> second =
        ports.organizerQueries().search(Optional.of("club"), new PageRequest(1, 2));

    assertThat(second.total()).isEqualTo(5);
    assertThat(names(second)).containsExactly("Club C", "Club D");
  }

  private Page<OrganizerCard> search(String text) {
    return ports.organizerQueries().search(Optional.of(text), FIRST);
  }

  private static List<String> names(Page<OrganizerCard> page) {
    return page.items().stream().map(c -> c.organizer().profile().name()).toList();
  }

  private Organizer organizer(String name, String description) {
    Organizer organizer =
        anOrganizer()
            .profile(new OrganizerProfile(name, null, description, Contacts.none(), null))
            .createdAt(NOW.minus(Duration.ofDays(3)))
            .updatedAt(NOW)
            .build();
    assertThat(ports.organizers().insert(organizer)).isTrue();
    return organizer;
  }
}
