package org.aquastream.event.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.application.port.in.event.EventSlice;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.organizer.OrganizerPage;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerProfile;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.InvalidValueException;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestOrganizers;
import org.aquastream.event.domain.testdata.TestTimes;
import org.junit.jupiter.api.Test;

/** The public side of organizers: directory, page, and their part of the catalog. */
class OrganizerCatalogServicesTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Organizer organizer = core.anOrganizer();

  @Test
  void aPageShowsAtMostTwentyUpcomingPublishedEventsSoonestFirst() {
    List<EventId> upcoming = new ArrayList<>();
    for (int day = 25; day >= 1; day--) {
      upcoming.add(0, event(EventStatus.PUBLISHED, day).id());
    }
    event(EventStatus.DRAFT, 1);
    core.store(
        TestEvents.aPublishedEvent()
            .organizedBy(core.anOrganizer().id())
            .startsAt(TestTimes.daysFromNow(1))
            .build());
    core.clock().set(TestTimes.NOW.plus(Duration.ofHours(1)));

    OrganizerPage page = core.getOrganizer().get(organizer.slug());

    assertThat(page.organizer().id()).isEqualTo(organizer.id());
    assertThat(page.upcomingEvents())
        .extracting(v -> v.event().id())
        .containsExactlyElementsOf(upcoming.subList(0, OrganizerPage.MAX_UPCOMING));
  }

  @Test
  void eventsThatStartedAreNoLongerUpcoming() {
    event(EventStatus.PUBLISHED, 1);
    core.clock().set(TestTimes.daysFromNow(2));

    assertThat(core.getOrganizer().get(organizer.slug()).upcomingEvents()).isEmpty();
  }

  @Test
  void anUnknownSlugIsNotFound() {
    assertThatThrownBy(() -> core.getOrganizer().get(new Slug("no-such-club")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                core.browseOrganizerEvents()
                    .browse(new Slug("no-such-club"), EventSearch.published(), PageRequest.first()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void browsingAnOrganizerWalksOnlyItsEventsByKeyset() {
    Event first = event(EventStatus.PUBLISHED, 1);
    Event second = event(EventStatus.PUBLISHED, 2);
    Event third = event(EventStatus.PUBLISHED, 3);
    core.store(TestEvents.aPublishedEvent().organizedBy(core.anOrganizer().id()).build());

    EventSlice one =
        core.browseOrganizerEvents()
            .browseAfter(organizer.slug(), EventSearch.published(), Optional.empty(), 2);
    EventSlice two =
        core.browseOrganizerEvents()
            .browseAfter(organizer.slug(), EventSearch.published(), one.next(), 2);

    assertThat(ids(one.items())).containsExactly(first.id(), second.id());
    assertThat(one.hasNext()).isTrue();
    assertThat(ids(two.items())).containsExactly(third.id());
    assertThat(two.hasNext()).isFalse();
  }

  @Test
  void aKeysetPageThatEndsExactlyAtTheLastEventHasNoNext() {
    event(EventStatus.PUBLISHED, 1);
    event(EventStatus.PUBLISHED, 2);

    EventSlice slice =
        core.searchEvents().searchAfter(EventSearch.published(), Optional.empty(), 2);

    assertThat(slice.items()).hasSize(2);
    assertThat(slice.next()).isEmpty();
  }

  @Test
  void aKeysetPageSizeStaysWithinOneToOneHundred() {
    assertThatThrownBy(
            () -> core.searchEvents().searchAfter(EventSearch.published(), Optional.empty(), 101))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("size");
  }

  @Test
  void theDirectoryCountsPublishedEventsAndRefusesOverlongSearches() {
    core.store(TestOrganizers.anOrganizer().profile(OrganizerProfile.named("Zulu Kayak")).build());
    event(EventStatus.PUBLISHED, 1);
    event(EventStatus.DRAFT, 1);

    var cards = core.listOrganizers().list(Optional.of("  kayak "), PageRequest.first());

    assertThat(cards.items()).extracting(c -> c.organizer().id()).contains(organizer.id());
    assertThat(cards.items().get(0).eventCount()).isEqualTo(1);
    assertThatThrownBy(
            () -> core.listOrganizers().list(Optional.of("x".repeat(201)), PageRequest.first()))
        .isInstanceOf(InvalidValueException.class);
  }

  private Event event(EventStatus status, int daysAhead) {
    return core.store(
        TestEvents.anEvent()
            .status(status)
            .organizedBy(organizer.id())
            .startsAt(TestTimes.daysFromNow(daysAhead))
            .build());
  }

  private static List<EventId> ids(List<EventView> views) {
    return views.stream().map(v -> v.event().id()).toList();
  }
}
