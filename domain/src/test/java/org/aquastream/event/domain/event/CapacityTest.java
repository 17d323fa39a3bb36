package org.aquastream.event.domain.event;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CapacityTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 50, 100_000})
  void anEventOffersOneToAHundredThousandSeats(int seats) {
    assertThat(new Capacity(seats).value()).isEqualTo(seats);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 100_001, Integer.MIN_VALUE})
  void otherSeatCountsAreRefused(int seats) {
    assertInvalidField(() -> new Capacity(seats)).isEqualTo("capacity");
  }
}
