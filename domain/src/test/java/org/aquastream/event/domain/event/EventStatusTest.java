package org.aquastream.event.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventStatusTest {
  private static final Map<EventStatus, Set<EventStatus>> ALLOWED =
      Map.of(
          EventStatus.DRAFT, Set.of(EventStatus.PUBLISHED, EventStatus.CANCELLED),
          EventStatus.PUBLISHED, Set.of(EventStatus.COMPLETED, EventStatus.CANCELLED),
          EventStatus.COMPLETED, Set.of(),
          EventStatus.CANCELLED, Set.of());

  static Stream<Arguments> everyPairOfStatuses() {
    return Stream.of(EventStatus.values())
        .flatMap(
            from ->
                Stream.of(EventStatus.values())
                    .map(to -> Arguments.of(from, to, ALLOWED.get(from).contains(to))));
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @MethodSource("everyPairOfStatuses")
  void onlyTheDocumentedMovesAreAllowed(EventStatus from, EventStatus to, boolean allowed) {
    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
  }
}
