package org.aquastream.event.domain.event;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.aquastream.event.domain.testdata.TestEvents.CURRENCY;
import static org.aquastream.event.domain.testdata.TestEvents.aDraftEvent;
import static org.aquastream.event.domain.testdata.TestEvents.aPublishedEvent;
import static org.aquastream.event.domain.testdata.TestEvents.details;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import org.aquastream.event.domain.organizer.OrganizerId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How many seats one booking of an event may take: 1 to its capacity, 1 unless told otherwise. */
class SeatsPerBookingTest {

  private static Event created(int capacity, int maxSeats) {
    return Event.create(
        EventId.newId(),
        OrganizerId.newId(),
        details().price("1500").build(),
        new Capacity(capacity),
        maxSeats,
        CURRENCY,
        NOW);
  }

  @Test
  void anEventTakesPartiesUpToItsMaximum() {
    Event event = created(12, 4);

    assertThat(event.maxSeatsPerBooking()).isEqualTo(4);
    assertThat(event.requirePartySize(1)).isEqualTo(1);
    assertThat(event.requirePartySize(4)).isEqualTo(4);
    assertInvalidField(() -> event.requirePartySize(5)).isEqualTo("seats");
    assertInvalidField(() -> event.requirePartySize(0)).isEqualTo("seats");
  }

  @Test
  void aWholeEventMayGoToOneParty() {
    assertThat(created(12, 12).maxSeatsPerBooking()).isEqualTo(12);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 13})
  void theMaximumLiesBetweenOneAndTheCapacity(int maxSeats) {
    assertInvalidField(() -> created(12, maxSeats)).isEqualTo("maxSeatsPerBooking");
  }

  @Test
  void theLargestPartyMustCostAnAmountThatCanBeStored() {
    EventDetails dear = details().price("50000000.00").build();

    assertInvalidField(
            () ->
                Event.create(
                    EventId.newId(), OrganizerId.newId(), dear, new Capacity(3), 2, CURRENCY, NOW))
        .isEqualTo("maxSeatsPerBooking");
  }

  @Test
  void aPublishedEventMayChangeItsMaximumLikeItsCapacity() {
    Event published = aPublishedEvent().capacity(20).available(5).build();

    Event changed =
        published.update(EventPatch.builder().maxSeatsPerBooking(6).build(), NOW.plusSeconds(1));

    assertThat(changed.maxSeatsPerBooking()).isEqualTo(6);
    assertThat(changed.available()).isEqualTo(5);
  }

  @Test
  void aDraftChangesItsCapacityAndMaximumTogether() {
    Event draft = aDraftEvent().capacity(4).maxSeatsPerBooking(4).build();

    Event changed =
        draft.update(
            EventPatch.builder().capacity(new Capacity(2)).maxSeatsPerBooking(2).build(), NOW);

    assertThat(changed.capacity().value()).isEqualTo(2);
    assertThat(changed.maxSeatsPerBooking()).isEqualTo(2);
  }

  @Test
  void aCapacityBelowTheMaximumIsRefusedNamingTheMaximum() {
    Event published = aPublishedEvent().capacity(10).maxSeatsPerBooking(8).build();

    assertInvalidField(
            () -> published.update(EventPatch.builder().capacity(new Capacity(6)).build(), NOW))
        .isEqualTo("maxSeatsPerBooking");
  }

  @Test
  void cancellingAndCompletingKeepTheMaximum() {
    Event published = aPublishedEvent().capacity(10).maxSeatsPerBooking(3).build();

    assertThat(published.cancel(NOW).maxSeatsPerBooking()).isEqualTo(3);
  }
}
