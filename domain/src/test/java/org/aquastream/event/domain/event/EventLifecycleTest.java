package org.aquastream.event.domain.event;

import static org.aquastream.event.domain.Fixtures.END;
import static org.aquastream.event.domain.Fixtures.NOW;
import static org.aquastream.event.domain.Fixtures.ORGANIZER;
import static org.aquastream.event.domain.Fixtures.RUB;
import static org.aquastream.event.domain.Fixtures.START;
import static org.aquastream.event.domain.Fixtures.assertInvalidField;
import static org.aquastream.event.domain.Fixtures.details;
import static org.aquastream.event.domain.Fixtures.draft;
import static org.aquastream.event.domain.Fixtures.event;
import static org.aquastream.event.domain.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.shared.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventLifecycleTest {

  @Nested
  class Creating {
    @Test
    void aNewEventIsADraftWithEverySeatFree() {
      EventId id = EventId.newId();

      Event event = Event.create(id, ORGANIZER, details(), new Capacity(40), RUB, NOW);

      assertThat(event.id()).isEqualTo(id);
      assertThat(event.organizerId()).isEqualTo(ORGANIZER);
      assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
      assertThat(event.capacity().value()).isEqualTo(40);
      assertThat(event.available()).isEqualTo(40);
      assertThat(event.seatsTaken()).isZero();
      assertThat(event.currency()).isEqualTo(RUB);
      assertThat(event.createdAt()).isEqualTo(NOW);
      assertThat(event.updatedAt()).isEqualTo(NOW);
      assertThat(event.isOrganizedBy(ORGANIZER)).isTrue();
      assertThat(event.isOrganizedBy(OrganizerId.newId())).isFalse();
    }

    @Test
    void anEventMustStartInTheFuture() {
      assertInvalidField(
              () ->
                  Event.create(EventId.newId(), ORGANIZER, details(), new Capacity(1), RUB, START))
          .isEqualTo("dateStart");
      assertInvalidField(
              () ->
                  Event.create(
                      EventId.newId(),
                      ORGANIZER,
                      details(),
                      new Capacity(1),
                      RUB,
                      END.plusSeconds(1)))
          .isEqualTo("dateStart");
      assertThat(
              Event.create(
                      EventId.newId(),
                      ORGANIZER,
                      details(),
                      new Capacity(1),
                      RUB,
                      START.minusMillis(1))
                  .status())
          .isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void aPriceInAnotherCurrencyIsRefused() {
      EventDetails inEuro = details(Price.of(new Money(BigDecimal.TEN, "EUR")));

      assertInvalidField(
              () -> Event.create(EventId.newId(), ORGANIZER, inEuro, new Capacity(1), RUB, NOW))
          .isEqualTo("price");
    }

    @Test
    void aStoredEventCannotHaveMoreFreeSeatsThanCapacityOrFewerThanNone() {
      assertThatThrownBy(() -> restoredWithAvailable(11)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> restoredWithAvailable(-1)).isInstanceOf(IllegalStateException.class);
      assertThat(restoredWithAvailable(0).seatsTaken()).isEqualTo(10);
    }

    private Event restoredWithAvailable(int available) {
      return Event.restore(
          EventId.newId(),
          ORGANIZER,
          details(),
          RUB,
          new Capacity(10),
          available,
          EventStatus.PUBLISHED,
          NOW,
          NOW);
    }
  }

  @Nested
  class Publishing {
    @Test
    void aDraftIsPublishedBeforeItStarts() {
      Event draft = draft(10);

      Event published = draft.publish(NOW);

      assertThat(published.status()).isEqualTo(EventStatus.PUBLISHED);
      assertThat(published.updatedAt()).isEqualTo(NOW);
      assertThat(published.createdAt()).isEqualTo(draft.createdAt());
      assertThat(published.available()).isEqualTo(10);
      assertThat(published.details()).isEqualTo(draft.details());
      assertThat(draft.status()).as("events are immutable").isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void aDraftThatHasAlreadyStartedCannotBePublished() {
      assertThatThrownBy(() -> draft(10).publish(START))
          .isInstanceOf(InvalidStateException.class)
          .hasMessageContaining("already started");
      assertThatThrownBy(() -> draft(10).publish(END.plusSeconds(1)))
          .isInstanceOf(InvalidStateException.class);
    }

    @ParameterizedTest
    @EnumSource(value = EventStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void onlyADraftCanBePublished(EventStatus status) {
      Event event = event(status, details(), 10, 0);

      assertThatThrownBy(() -> event.publish(NOW)).isInstanceOf(InvalidStateException.class);
    }
  }

  @Nested
  class Cancelling {
    @Test
    void cancellingReturnsEverySeat() {
      Event busy = published(10, 7);

      Event cancelled = busy.cancel(NOW);

      assertThat(cancelled.status()).isEqualTo(EventStatus.CANCELLED);
      assertThat(cancelled.available()).isEqualTo(10);
      assertThat(cancelled.seatsTaken()).isZero();
      assertThat(cancelled.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void aDraftCanBeCancelled() {
      assertThat(draft(3).cancel(NOW).status()).isEqualTo(EventStatus.CANCELLED);
    }

    @ParameterizedTest
    @EnumSource(
        value = EventStatus.class,
        names = {"COMPLETED", "CANCELLED"})
    void aFinishedEventCannotBeCancelled(EventStatus status) {
      Event event = event(status, details(), 10, 0);

      assertThatThrownBy(() -> event.cancel(NOW)).isInstanceOf(InvalidStateException.class);
    }
  }

  @Nested
  class Completing {
    @Test
    void aPublishedEventCompletesAfterItEnds() {
      Event event = published(10, 4);

      Event completed = event.complete(END.plusSeconds(1));

      assertThat(completed.status()).isEqualTo(EventStatus.COMPLETED);
      assertThat(completed.available()).as("seats stay as they were").isEqualTo(6);
      assertThat(completed.updatedAt()).isEqualTo(END.plusSeconds(1));
    }

    @Test
    void anEventThatHasNotEndedCannotComplete() {
      assertThatThrownBy(() -> published(10, 0).complete(END))
          .isInstanceOf(InvalidStateException.class)
          .hasMessageContaining("ended");
      assertThatThrownBy(() -> published(10, 0).complete(NOW))
          .isInstanceOf(InvalidStateException.class);
    }

    @ParameterizedTest
    @EnumSource(value = EventStatus.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAPublishedEventCompletes(EventStatus status) {
      Event event = event(status, details(), 10, 0);

      assertThatThrownBy(() -> event.complete(END.plusSeconds(1)))
          .isInstanceOf(InvalidStateException.class);
    }
  }

  @Nested
  class FinalStatuses {
    @ParameterizedTest
    @EnumSource(
        value = EventStatus.class,
        names = {"COMPLETED", "CANCELLED"})
    void aFinishedEventAllowsNoFurtherChange(EventStatus status) {
      Event event = event(status, details(), 10, 0);
      EventPatch retitle = EventPatch.builder().title("New").build();

      assertThatThrownBy(() -> event.publish(NOW)).isInstanceOf(InvalidStateException.class);
      assertThatThrownBy(() -> event.cancel(NOW)).isInstanceOf(InvalidStateException.class);
      assertThatThrownBy(() -> event.complete(END.plus(Duration.ofDays(1))))
          .isInstanceOf(InvalidStateException.class);
      assertThatThrownBy(() -> event.update(EventPatch.empty(), NOW))
          .isInstanceOf(InvalidStateException.class);
      assertThatThrownBy(() -> event.update(retitle, NOW))
          .isInstanceOf(InvalidStateException.class);
    }
  }

  @Nested
  class OpenForBooking {
    @Test
    void aPublishedEventIsOpenUntilItStarts() {
      Event event = published(10, 0);

      assertThat(event.whyClosedForBooking(NOW)).isEmpty();
      assertThat(event.whyClosedForBooking(START.minusMillis(1))).isEmpty();
      assertThat(event.whyClosedForBooking(START)).contains("The event has already started");
    }

    @Test
    void aSoldOutEventIsStillOpenTheSeatCheckComesLater() {
      assertThat(published(10, 10).whyClosedForBooking(NOW)).isEmpty();
    }

    @Test
    void everyOtherStatusSaysWhyItIsClosed() {
      assertThat(event(EventStatus.DRAFT, details(), 1, 0).whyClosedForBooking(NOW))
          .contains("The event is not published");
      assertThat(event(EventStatus.CANCELLED, details(), 1, 0).whyClosedForBooking(NOW))
          .contains("The event is cancelled");
      assertThat(event(EventStatus.COMPLETED, details(), 1, 0).whyClosedForBooking(NOW))
          .contains("The event is completed");
    }
  }

  @Test
  void seatsTakenAreCapacityLessAvailable() {
    assertThat(published(50, 12).seatsTaken()).isEqualTo(12);
    assertThat(published(50, 12).available()).isEqualTo(38);
    assertThat(List.of(published(1, 1).available())).containsExactly(0);
  }
}
