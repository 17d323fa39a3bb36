package org.aquastream.event.domain.event;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinatesTest {

  @Test
  void thePolesAndTheDateLineAreOnTheMap() {
    assertThat(new Coordinates(90, 180)).isEqualTo(new Coordinates(90.0, 180.0));
    assertThat(new Coordinates(-90, -180).lat()).isEqualTo(-90);
  }

  @ParameterizedTest
  @ValueSource(doubles = {90.0001, -90.0001, 180, Double.NaN, Double.POSITIVE_INFINITY})
  void aLatitudeBeyondThePolesIsRefused(double lat) {
    assertInvalidField(() -> new Coordinates(lat, 0)).isEqualTo("location.coordinates.lat");
  }

  @ParameterizedTest
  @ValueSource(doubles = {180.0001, -180.0001, 360, Double.NaN, Double.NEGATIVE_INFINITY})
  void aLongitudeBeyondTheDateLineIsRefused(double lng) {
    assertInvalidField(() -> new Coordinates(0, lng)).isEqualTo("location.coordinates.lng");
  }
}
