package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.domain.event.Capacity;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventPatch;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.event.Location;
import org.aquastream.event.domain.organizer.Organizer;
import org.junit.jupiter.api.Test;

/** What every {@link EventRepository} must do: store events and keep seats within 0..capacity. */
public abstract class EventRepositoryContract extends PortContract {

  @Test
  void storedEventReadsBackFieldForField() {
    Organizer organizer = givenOrganizer();
    Event event =
        anEvent()
            .organizedBy(organizer)
            .price("1500.50")
            .tags("water", "kayak", "family")
            .capacity(12)
            .maxSeatsPerBooking(4)
            .available(7)
            .build();

    ports.events().insert(event);

    assertThat(ports.events().findById(event.id()))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(event);
  }

  @Test
  void freeDraftWithoutDescriptionTagsOrCoordinatesReadsBack() {
    Event event =
        anEvent()
            .organizedBy(givenOrganizer())
            .free()
            .description(null)
            .tags()
            .location(new Location(null, "Kazan", null, null))
            .status(EventStatus.DRAFT)
            .build();

    ports.events().insert(event);

    assertThat(ports.events().findById(event.id()))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(event);
  }

  @Test
  void unknownEventIsNotFound() {
    EventId unknown = EventId.newId();

    assertThat(ports.events().findById(unknown)).isEmpty();
    assertThat(ports.unitOfWork().inTransaction(() -> ports.events().lockById(unknown))).isEmpty();
  }

  @Test
  void takingASeatLeavesOneFewerAvailable() {
    Event event = given(anEvent().organizedBy(givenOrganizer()).capacity(10));

    assertThat(ports.events().takeSeat(event.id())).isTrue();

    assertThat(available(event)).isEqualTo(9);
  }

  @Test
  void theLastSeatIsTakenOnceAndNoSeatAfterIt() {
    Event event = given(anEvent().organizedBy(givenOrganizer()).capacity(2));

    List<Boolean> taken =
        List.of(
            ports.events().takeSeat(event.id()),
            ports.events().takeSeat(event.id()),
            ports.events().takeSeat(event.id()));

    assertThat(taken).containsExactly(true, true, false);
    assertThat(available(event)).isZero();
  }

  @Test
  void noSeatIsTakenFromAnUnknownEvent() {
    assertThat(ports.events().takeSeat(EventId.newId())).isFalse();
  }

  @Test
  void aReleasedSeatComesBack() {
    Event event = given(anEvent().organizedBy(givenOrganizer()).capacity(5).available(3));

    ports.events().releaseSeat(event.id());

    assertThat(available(event)).isEqualTo(4);
  }

  @Test
  void releasingNeverRaisesAvailableBeyondCapacity() {
    Event event = given(anEvent().organizedBy(givenOrganizer()).capacity(5).available(4));

    ports.events().releaseSeat(event.id());
    ports.events().releaseSeat(event.id());

    assertThat(available(event)).isEqualTo(5);
  }

  @Test
  void updateWritesEveryChangedField() {
    Event draft =
        given(
            anEvent()
                .organizedBy(givenOrganizer())
                .status(EventStatus.DRAFT)
                .capacity(10)
                .available(8));
    Event changed =
        draft
            .update(
                EventPatch.builder()
                    .type("KAYAK")
                    .title("Kayak marathon")
                    .description("Forty kilometres")
                    .dateStart(NOW.plus(Duration.ofDays(20)))
                    .dateEnd(NOW.plus(Duration.ofDays(21)))
                    .location(new Location("Pier 9", "Samara", null, null))
                    .capacity(new Capacity(20))
                    .maxSeatsPerBooking(6)
                    .tags(List.of("sport"))
                    .build(),
                NOW)
            .publish(NOW.plusSeconds(60));

    ports
        .unitOfWork()
        .inTransaction(
            () -> {
              ports.events().lockById(draft.id()).orElseThrow();
              ports.events().update(changed);
              return changed;
            });

    Event stored = ports.events().findById(draft.id()).orElseThrow();
    assertThat(stored).usingRecursiveComparison().isEqualTo(changed);
    assertThat(stored.available()).isEqualTo(18);
    assertThat(stored.maxSeatsPerBooking()).isEqualTo(6);
    assertThat(stored.status()).isEqualTo(EventStatus.PUBLISHED);
  }

  @Test
  void aLockedEventIsTheStoredOne() {
    Event event = given(anEvent().organizedBy(givenOrganizer()).price("990.00"));

    Optional<Event> locked =
        ports.unitOfWork().inTransaction(() -> ports.events().lockById(event.id()));

    assertThat(locked).get().usingRecursiveComparison().isEqualTo(event);
  }

  private int available(Event event) {
    return ports.events().findById(event.id()).orElseThrow().available();
  }
}
