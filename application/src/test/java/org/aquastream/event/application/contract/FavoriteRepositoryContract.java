package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import org.aquastream.event.application.port.in.favorite.FavoriteView;
import org.aquastream.event.application.port.in.organizer.OrganizerSummary;
import org.aquastream.event.application.port.out.favorite.FavoriteRepository;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.UserId;
import org.junit.jupiter.api.Test;

/** What every {@link FavoriteRepository} must do: one mark per user and event, latest first. */
public abstract class FavoriteRepositoryContract extends PortContract {

  @Test
  void markingTwiceKeepsOneMarkWithTheFirstTime() {
    Event event = givenEvent();
    UserId user = aUser();

    assertThat(ports.favorites().add(user, event.id(), NOW)).isTrue();
    assertThat(ports.favorites().add(user, event.id(), NOW.plusSeconds(60))).isFalse();

    assertThat(ports.favorites().exists(user, event.id())).isTrue();
    assertThat(ports.favorites().countByEvent(event.id())).isEqualTo(1);
    assertThat(ports.favorites().listByUser(user, new PageRequest(0, 10)).items())
        .extracting(FavoriteView::favoritedAt)
        .containsExactly(NOW);
  }

  @Test
  void removingTellsWhetherThereWasAMark() {
    Event event = givenEvent();
    UserId user = aUser();
    ports.favorites().add(user, event.id(), NOW);

    assertThat(ports.favorites().remove(user, event.id())).isTrue();
    assertThat(ports.favorites().remove(user, event.id())).isFalse();
    assertThat(ports.favorites().exists(user, event.id())).isFalse();
  }

  @Test
  void countsArePerEventAndPerUser() {
    Event popular = givenEvent();
    Event quiet = givenEvent();
    UserId alice = aUser();
    UserId bob = aUser();
    ports.favorites().add(alice, popular.id(), NOW);
    ports.favorites().add(bob, popular.id(), NOW);
    ports.favorites().add(alice, quiet.id(), NOW);

    assertThat(ports.favorites().countByEvent(popular.id())).isEqualTo(2);
    assertThat(ports.favorites().countByEvent(quiet.id())).isEqualTo(1);
    assertThat(ports.favorites().countByUser(alice)).isEqualTo(2);
    assertThat(ports.favorites().countByUser(bob)).isEqualTo(1);
    assertThat(ports.favorites().countByUser(aUser())).isZero();
  }

  @Test
  void aUsersFavoritesComeLatestFirstWithTheirEventsInPages() {
    Organizer organizer = givenOrganizer();
    UserId user = aUser();
    Event first = given(anEvent().organizedBy(organizer));
    Event second = given(anEvent().organizedBy(organizer));
    Event third = given(anEvent().organizedBy(organizer));
    ports.favorites().add(user, first.id(), NOW);
    ports.favorites().add(user, third.id(), NOW.plusSeconds(20));
    ports.favorites().add(user, second.id(), NOW.plusSeconds(10));
    ports.favorites().add(aUser(), first.id(), NOW.plusSeconds(99));

    Page<FavoriteView> page = ports.favorites().listByUser(user, new PageRequest(0, 2));
    Page<FavoriteView> rest = ports.favorites().listByUser(user, new PageRequest(1, 2));

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items())
        .extracting(f -> f.event().event().id())
        .containsExactly(third.id(), second.id());
    assertThat(rest.items()).extracting(f -> f.event().event().id()).containsExactly(first.id());
    assertThat(page.items().get(0).event().organizer()).isEqualTo(OrganizerSummary.of(organizer));
    assertThat(page.items().get(0).event().event()).usingRecursiveComparison().isEqualTo(third);
  }
}
