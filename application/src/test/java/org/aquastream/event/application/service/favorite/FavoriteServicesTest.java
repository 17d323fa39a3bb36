package org.aquastream.event.application.service.favorite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.favorite.FavoriteStatus;
import org.aquastream.event.application.port.in.favorite.FavoriteView;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.Test;

class FavoriteServicesTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Event event = core.store(TestEvents.aPublishedEvent().build());
  private final Actor alice = TestActors.user();

  @Test
  void markingIsIdempotentAndCounted() {
    assertThat(core.addFavorite().add(alice, event.id()))
        .isEqualTo(new FavoriteStatus(event.id(), true));
    core.clock().advance(Duration.ofMinutes(1));
    core.addFavorite().add(alice, event.id());
    core.addFavorite().add(TestActors.user(), event.id());

    assertThat(core.countEventFavorites().count(TestActors.guest(), event.id())).isEqualTo(2);
    assertThat(core.listFavorites().count(alice)).isEqualTo(1);
    assertThat(core.favoriteStatus().get(alice, event.id()).favorited()).isTrue();
  }

  @Test
  void unmarkingIsIdempotentToo() {
    core.addFavorite().add(alice, event.id());

    assertThat(core.removeFavorite().remove(alice, event.id()).favorited()).isFalse();
    assertThat(core.removeFavorite().remove(alice, event.id()).favorited()).isFalse();
    assertThat(core.favoriteStatus().get(alice, event.id()).favorited()).isFalse();
    assertThat(core.countEventFavorites().count(alice, event.id())).isZero();
  }

  @Test
  void myFavoritesComeLatestFirst() {
    Event later = core.store(TestEvents.aPublishedEvent().build());
    core.addFavorite().add(alice, event.id());
    core.clock().advance(Duration.ofMinutes(1));
    core.addFavorite().add(alice, later.id());

    var page = core.listFavorites().list(alice, new PageRequest(0, 10));

    assertThat(page.items())
        .extracting(f -> f.event().event().id())
        .containsExactly(later.id(), event.id());
    assertThat(page.items())
        .extracting(FavoriteView::favoritedAt)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void unknownAndDraftEventsCannotBeMarkedOrCounted() {
    Event draft = core.store(TestEvents.aDraftEvent().build());

    assertThatThrownBy(() -> core.addFavorite().add(alice, EventId.newId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> core.addFavorite().add(alice, draft.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> core.countEventFavorites().count(alice, draft.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(core.countEventFavorites().count(TestActors.admin(), draft.id())).isZero();
  }

  @Test
  void aGuestHasNoFavorites() {
    assertThatThrownBy(() -> core.addFavorite().add(TestActors.guest(), event.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> core.listFavorites().count(TestActors.guest()))
        .isInstanceOf(AccessDeniedException.class);
  }
}
