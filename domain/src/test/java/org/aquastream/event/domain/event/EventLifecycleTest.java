package org.aquastream.event.domain.event;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.aquastream.event.domain.testdata.TestEvents.CURRENCY;
import static org.aquastream.event.domain.testdata.TestEvents.END;
import static org.aquastream.event.domain.testdata.TestEvents.START;
import static org.aquastream.event.domain.testdata.TestEvents.aDraftEvent;
import static org.aquastream.event.domain.testdata.TestEvents.aPublishedEvent;
import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestEvents.details;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.aquastream.event.domain.shared.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventLifecycleTest {
  private static final OrganizerId ORGANIZER = OrganizerId.newId();

  @Nested
  class Creating {
    @Test
    void aNewEventIsADraftWithEverySeatFree() {
      EventId id = EventId.newId();

      Event event =
          Event.create(id, ORGANIZER, details().build(), new Capacity(40), 1, CURRENCY, NOW);

      assertThat(event.id()).isEqualTo(id);
      assertThat(event.organizerId()).isEqualTo(ORGANIZER);
      assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
      assertThat(event.capacity().value()).isEqualTo(40);
      assertThat(event.available()).isEqualTo(40);
      assertThat(event.seatsTaken()).isZero();
      assertThat(event.currency()).isEqualTo(CURRENCY);
      assertThat(event.createdAt()).isEqualTo(NOW);
      assertThat(event.updatedAt()).isEqualTo(NOW);
      assertThat(event.isOrganizedBy(ORGANIZER)).isTrue();
      assertThat(event.isOrganizedBy(OrganizerId.newId())).isFalse();
    }

    @Test
    void anEventMustStartInTheFuture() {
      assertInvalidField(() -> createdAt(START)).isEqualTo("dateStart");
      assertInvalidField(() -> createdAt(END.plusSeconds(1))).isEqualTo("dateStart");
      assertThat(createdAt(START.minusMillis(1)).status()).isEqualTo(EventStatus.DRAFT);
    }

    private Event createdAt(Instant now) {
      return Event.create(
          EventId.newId(), ORGANIZER, details().build(), new Capacity(1), 1, CURRENCY, now);
    }

    @Test
    void aPriceInAnotherCurrencyIsRefused() {
      EventDetails inEuro = details().price(Price.of(new Money(BigDecimal.TEN, "EUR"))).build();

      assertInvalidField(
              () ->
                  Event.create(
                      EventId.newId(), ORGANIZER, inEuro, new Capacity(1), 1, CURRENCY, NOW))
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
          details().build(),
          CURRENCY,
          new Capacity(10),
          1,
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
      Event draft = aDraftEvent().capacity(10).build();

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
      assertThatThrownBy(() -> aDraftEvent().capacity(10).build().publish(START))
          .isInstanceOf(InvalidStateException.class)
          .hasMessageContaining("already started");
      assertThatThrownBy(() -> aDraftEvent().capacity(10).build().publish(END.plusSeconds(1)))
          .isInstanceOf(InvalidStateException.class);
    }

    @ParameterizedTest
    @EnumSource(value = EventStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void onlyADraftCanBePublished(EventStatus status) {
      Event event = anEvent().status(status).capacity(10).build();

      assertThatThrownBy(() -> event.publish(NOW)).isInstanceOf(InvalidStateException.class);
    }
  }

  @Nested
  class Cancelling {
    @Test
    void cancellingReturnsEverySeat() {
      Event busy = aPublishedEvent().capacity(10).available(3).build();

      Event cancelled = busy.cancel(NOW);

      assertThat(cancelled.status()).isEqualTo(EventStatus.CANCELLED);
      assertThat(cancelled.available()).isEqualTo(10);
      assertThat(cancelled.seatsTaken()).isZero();
      assertThat(cancelled.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void aDraftCanBeCancelled() {
      assertThat(aDraftEvent().capacity(3).build().cancel(NOW).status())
          .isEqualTo(EventStatus.CANCELLED);
    }

    @ParameterizedTest
    @EnumSource(
        value = EventStatus.class,
        names = {"COMPLETED", "CANCELLED"})
    void aFinishedEventCannotBeCancelled(EventStatus status) {
      Event event = anEvent().status(status).capacity(10).build();

      assertThatThrownBy(() -> event.cancel(NOW)).isInstanceOf(InvalidStateException.class);
    }
  }

  @Nested
  class Completing {
    @Test
    void aPublishedEventCompletesAfterItEnds() {
      Event event = aPublishedEvent().capacity(10).available(6).build();

      Event completed = event.complete(END.plusSeconds(1));

      assertThat(completed.status()).isEqualTo(EventStatus.COMPLETED);
      assertThat(completed.available()).as("seats stay as they were").isEqualTo(6);
      assertThat(completed.updatedAt()).isEqualTo(END.plusSeconds(1));
    }

    @Test
    void anEventThatHasNotEndedCannotComplete() {
      assertThatThrownBy(() -> aPublishedEvent().capacity(10).build().complete(END))
          .isInstanceOf(InvalidStateException.class)
          .hasMessageContaining("ended");
      assertThatThrownBy(() -> aPublishedEvent().capacity(10).build().complete(NOW))
          .isInstanceOf(InvalidStateException.class);
    }

    @ParameterizedTest
    @EnumSource(value = EventStatus.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAPublishedEventCompletes(EventStatus status) {
      Event event = anEvent().status(status).capacity(10).build();

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
      Event event = anEvent().status(status).capacity(10).build();
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
      Event event = aPublishedEvent().capacity(10).build();

      assertThat(event.whyClosedForBooking(NOW)).isEmpty();
      assertThat(event.whyClosedForBooking(START.minusMillis(1))).isEmpty();
      assertThat(event.whyClosedForBooking(START)).contains("The event has already started");
    }

    @Test
    void aSoldOutEventIsStillOpenTheSeatCheckComesLater() {
      assertThat(aPublishedEvent().capacity(10).soldOut().build().whyClosedForBooking(NOW))
          .isEmpty();
    }

    @Test
    void everyOtherStatusSaysWhyItIsClosed() {
      assertThat(aDraftEvent().capacity(1).build().whyClosedForBooking(NOW))
          .contains("The event is not published");
      assertThat(
              anEvent().status(EventStatus.CANCELLED).capacity(1).build().whyClosedForBooking(NOW))
          .contains("The event is cancelled");
      assertThat(
              anEvent().status(EventStatus.COMPLETED).capacity(1).build().whyClosedForBooking(NOW))
          .contains("The event is completed");
    }
  }

  @Test
  void seatsTakenAreCapacityLessAvailable() {
    assertThat(aPublishedEvent().capacity(50).available(38).build().seatsTaken()).isEqualTo(12);
    assertThat(aPublishedEvent().capacity(50).available(38).build().available()).isEqualTo(38);
    assertThat(List.of(aPublishedEvent().capacity(1).soldOut().build().available()))
        .containsExactly(0);
  }
}
