package org.aquastream.event.domain.event;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.aquastream.event.domain.InvalidValues.text;
import static org.aquastream.event.domain.testdata.TestEvents.END;
import static org.aquastream.event.domain.testdata.TestEvents.START;
import static org.aquastream.event.domain.testdata.TestEvents.lakeside;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EventDetailsTest {
  private static final Schedule WHEN = new Schedule(START, END);

  private static EventDetails withTypeAndTitle(String type, String title) {
    return new EventDetails(type, title, null, WHEN, lakeside(), Price.FREE, List.of());
  }

  private static EventDetails withDescription(String description) {
    return new EventDetails("KAYAK", "Tour", description, WHEN, lakeside(), Price.FREE, List.of());
  }

  private static EventDetails withTags(List<String> tags) {
    return new EventDetails("KAYAK", "Tour", null, WHEN, lakeside(), Price.FREE, tags);
  }

  @Test
  void aTypeIsOneToFiftyCharacters() {
    assertThat(withTypeAndTitle(text(50), "Tour").type()).hasSize(50);
    assertInvalidField(() -> withTypeAndTitle(text(51), "Tour")).isEqualTo("type");
    assertInvalidField(() -> withTypeAndTitle(" ", "Tour")).isEqualTo("type");
    assertInvalidField(() -> withTypeAndTitle(null, "Tour")).isEqualTo("type");
  }

  @Test
  void aTitleIsOneToTwoHundredCharactersAfterTrimming() {
    assertThat(withTypeAndTitle("KAYAK", "  " + text(200) + "  ").title()).hasSize(200);
    assertInvalidField(() -> withTypeAndTitle("KAYAK", text(201))).isEqualTo("title");
    assertInvalidField(() -> withTypeAndTitle("KAYAK", "")).isEqualTo("title");
    assertInvalidField(() -> withTypeAndTitle("KAYAK", null)).isEqualTo("title");
  }

  @Test
  void aDescriptionIsOptionalAndAtMostTenThousandCharacters() {
    assertThat(withDescription(null).description()).isNull();
    assertThat(withDescription("   ").description()).isNull();
    assertThat(withDescription(text(10_000)).description()).hasSize(10_000);
    assertInvalidField(() -> withDescription(text(10_001))).isEqualTo("description");
  }

  @Test
  void upToTwentyTagsAreAllowed() {
    List<String> twenty = IntStream.range(0, 20).mapToObj(i -> "tag" + i).toList();
    List<String> twentyOne = IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList();

    assertThat(withTags(twenty).tags()).hasSize(20);
    assertInvalidField(() -> withTags(twentyOne)).isEqualTo("tags");
  }

  @Test
  void eachTagIsOneToFiftyCharacters() {
    assertThat(withTags(List.of(text(50))).tags()).containsExactly(text(50));
    assertInvalidField(() -> withTags(List.of("ok", text(51)))).isEqualTo("tags");
    assertInvalidField(() -> withTags(List.of("ok", " "))).isEqualTo("tags");
    assertInvalidField(() -> withTags(Collections.singletonList(null))).isEqualTo("tags");
  }

  @Test
  void tagsAreTrimmedAndRepeatedOnesKeptOnceInOrder() {
    assertThat(withTags(List.of(" water ", "evening", "water")).tags())
        .containsExactly("water", "evening");
  }

  @Test
  void noTagsMeansAnEmptyListThatCannotBeChangedFromOutside() {
    List<String> source = new ArrayList<>(List.of("water"));
    EventDetails details = withTags(source);
    source.add("night");

    assertThat(withTags(null).tags()).isEmpty();
    assertThat(details.tags()).containsExactly("water");
  }

  @Test
  void noPriceMeansFree() {
    assertThat(new EventDetails("KAYAK", "Tour", null, WHEN, lakeside(), null, null).price())
        .isEqualTo(Price.FREE);
  }

  @Test
  void scheduleAndLocationAreRequired() {
    assertInvalidField(
            () -> new EventDetails("KAYAK", "Tour", null, null, lakeside(), Price.FREE, null))
        .isEqualTo("schedule");
    assertInvalidField(() -> new EventDetails("KAYAK", "Tour", null, WHEN, null, Price.FREE, null))
        .isEqualTo("location");
  }
}
