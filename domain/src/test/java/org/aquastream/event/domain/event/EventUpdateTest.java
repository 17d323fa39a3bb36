package org.aquastream.event.domain.event;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.aquastream.event.domain.testdata.TestEvents.END;
import static org.aquastream.event.domain.testdata.TestEvents.START;
import static org.aquastream.event.domain.testdata.TestEvents.aDraftEvent;
import static org.aquastream.event.domain.testdata.TestEvents.aPublishedEvent;
import static org.aquastream.event.domain.testdata.TestEvents.rub;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventUpdateTest {
  private static final Instant LATER = NOW.plus(Duration.ofHours(1));
  private static final Location HARBOUR = new Location(null, "Sochi", "Harbour", null);

  /** A patch of the fields {@code fields} sets; the others stay empty. */
  private static EventPatch patch(UnaryOperator<EventPatch.Builder> fields) {
    return fields.apply(EventPatch.builder()).build();
  }

  @Nested
  class Draft {
    @Test
    void aDraftMayChangeEveryField() {
      Event draft = aDraftEvent().capacity(10).build();
      Instant newStart = START.plus(Duration.ofDays(1));
      Instant newEnd = newStart.plus(Duration.ofHours(2));

      Event changed =
          draft.update(
              patch(
                  p ->
                      p.type("SUP")
                          .title("Morning SUP")
                          .description("Calm water")
                          .dateStart(newStart)
                          .dateEnd(newEnd)
                          .location(HARBOUR)
                          .price(Price.of(rub("900")))
                          .capacity(new Capacity(25))
                          .tags(List.of("sup", "morning"))),
              LATER);

      EventDetails d = changed.details();
      assertThat(d.type()).isEqualTo("SUP");
      assertThat(d.title()).isEqualTo("Morning SUP");
      assertThat(d.description()).isEqualTo("Calm water");
      assertThat(d.schedule()).isEqualTo(new Schedule(newStart, newEnd));
      assertThat(d.location()).isEqualTo(HARBOUR);
      assertThat(d.price()).isEqualTo(Price.of(rub("900.00")));
      assertThat(d.tags()).containsExactly("sup", "morning");
      assertThat(changed.capacity().value()).isEqualTo(25);
      assertThat(changed.available()).isEqualTo(25);
      assertThat(changed.status()).isEqualTo(EventStatus.DRAFT);
      assertThat(changed.updatedAt()).isEqualTo(LATER);
      assertThat(changed.createdAt()).isEqualTo(draft.createdAt());
      assertThat(changed.id()).isEqualTo(draft.id());
    }

    @Test
    void anEmptyPatchChangesNothingButTheUpdateTime() {
      Event draft = aDraftEvent().capacity(10).build();

      Event same = draft.update(EventPatch.empty(), LATER);

      assertThat(same.details()).isEqualTo(draft.details());
      assertThat(same.capacity()).isEqualTo(draft.capacity());
      assertThat(same.available()).isEqualTo(draft.available());
      assertThat(same.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void aDraftMayBecomeFree() {
      Event paid = aDraftEvent().price("500").capacity(10).build();

      Event free = paid.update(patch(p -> p.price(Price.FREE)), LATER);

      assertThat(free.details().price()).isEqualTo(Price.FREE);
    }

    @Test
    void aDraftCannotBeMovedIntoThePast() {
      assertInvalidField(
              () ->
                  aDraftEvent()
                      .capacity(10)
                      .build()
                      .update(patch(p -> p.dateStart(NOW.minusSeconds(1))), NOW))
          .isEqualTo("dateStart");
    }

    @Test
    void anEndBeforeTheKeptStartIsRefused() {
      assertInvalidField(
              () ->
                  aDraftEvent()
                      .capacity(10)
                      .build()
                      .update(patch(p -> p.dateEnd(START.minusSeconds(1))), NOW))
          .isEqualTo("dateEnd");
    }

    @Test
    void aNewStartKeepsTheOldEndWhenItFits() {
      Event changed =
          aDraftEvent()
              .capacity(10)
              .build()
              .update(patch(p -> p.dateStart(START.plus(Duration.ofHours(1)))), NOW);

      assertThat(changed.details().schedule())
          .isEqualTo(new Schedule(START.plus(Duration.ofHours(1)), END));
    }

    @Test
    void changedFieldsAreValidatedLikeNewOnes() {
      assertInvalidField(
              () -> aDraftEvent().capacity(10).build().update(patch(p -> p.title(" ")), NOW))
          .isEqualTo("title");
      assertInvalidField(
              () ->
                  aDraftEvent()
                      .capacity(10)
                      .build()
                      .update(patch(p -> p.tags(List.of("x".repeat(51)))), NOW))
          .isEqualTo("tags");
    }
  }

  @Nested
  class Published {
    @Test
    void aPublishedEventMayChangeDescriptionLocationTagsAndCapacity() {
      Event event = aPublishedEvent().capacity(10).available(6).build();

      Event changed =
          event.update(
              patch(
                  p ->
                      p.description("Now with tea afterwards")
                          .location(HARBOUR)
                          .tags(List.of("tea"))
                          .capacity(new Capacity(12))),
              LATER);

      assertThat(changed.details().description()).isEqualTo("Now with tea afterwards");
      assertThat(changed.details().location()).isEqualTo(HARBOUR);
      assertThat(changed.details().tags()).containsExactly("tea");
      assertThat(changed.capacity().value()).isEqualTo(12);
      assertThat(changed.available()).as("12 seats less the 4 taken").isEqualTo(8);
      assertThat(changed.status()).isEqualTo(EventStatus.PUBLISHED);
      assertThat(changed.details().title()).isEqualTo(event.details().title());
      assertThat(changed.updatedAt()).isEqualTo(LATER);
    }

    static Stream<Arguments> lockedFieldChanges() {
      return Stream.of(
          Arguments.of("type", patch(p -> p.type("SUP"))),
          Arguments.of("title", patch(p -> p.title("Another title"))),
          Arguments.of("dateStart", patch(p -> p.dateStart(START.plusSeconds(60)))),
          Arguments.of("dateEnd", patch(p -> p.dateEnd(END.plusSeconds(60)))),
          Arguments.of("price", patch(p -> p.price(Price.of(rub("100"))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lockedFieldChanges")
    void lockedFieldsCannotChangeAfterPublishing(String field, EventPatch patch) {
      Event event = aPublishedEvent().capacity(10).build();

      assertThatThrownBy(() -> event.update(patch, LATER))
          .isInstanceOf(InvalidStateException.class)
          .hasMessageStartingWith(field + " cannot change");
    }

    @Test
    void aPaidPublishedEventCannotBecomeFree() {
      Event paid = aPublishedEvent().price("500").capacity(10).build();

      assertThatThrownBy(() -> paid.update(patch(p -> p.price(Price.FREE)), LATER))
          .isInstanceOf(InvalidStateException.class)
          .hasMessageStartingWith("price");
    }

    @Test
    void sendingLockedFieldsWithTheirCurrentValuesIsNoChange() {
      Event paid = aPublishedEvent().price("500").capacity(10).build();
      EventDetails d = paid.details();

      Event same =
          paid.update(
              patch(
                  p ->
                      p.type(d.type())
                          .title(d.title())
                          .dateStart(d.schedule().start())
                          .dateEnd(d.schedule().end())
                          .price(Price.of(rub("500.0")))
                          .description("Updated text")),
              LATER);

      assertThat(same.details().description()).isEqualTo("Updated text");
      assertThat(same.details().schedule()).isEqualTo(d.schedule());
      assertThat(same.details().price()).isEqualTo(d.price());
    }

    @Test
    void capacityMayShrinkToTheSeatsTakenButNotBelow() {
      Event event = aPublishedEvent().capacity(10).available(3).build();

      Event full = event.update(patch(p -> p.capacity(new Capacity(7))), LATER);

      assertThat(full.capacity().value()).isEqualTo(7);
      assertThat(full.available()).isZero();
      assertThatThrownBy(() -> event.update(patch(p -> p.capacity(new Capacity(6))), LATER))
          .isInstanceOf(InvalidStateException.class)
          .hasMessageContaining("7 seats");
    }

    @Test
    void growingCapacityAddsFreeSeats() {
      Event grown =
          aPublishedEvent()
              .capacity(10)
              .soldOut()
              .build()
              .update(patch(p -> p.capacity(new Capacity(15))), LATER);

      assertThat(grown.available()).isEqualTo(5);
      assertThat(grown.seatsTaken()).isEqualTo(10);
    }
  }
}
