package org.aquastream.event.domain.event;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.aquastream.event.domain.InvalidValues.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void anAddressACityOrAVenueIsEnough() {
    assertThat(new Location("1 Shore Road", null, null, null).address()).isEqualTo("1 Shore Road");
    assertThat(new Location(null, "Kazan", null, null).city()).isEqualTo("Kazan");
    assertThat(new Location(null, null, "Lakeside Dock", null).venue()).isEqualTo("Lakeside Dock");
  }

  @Test
  void aLocationThatNamesNoPlaceIsRefused() {
    assertInvalidField(() -> new Location(null, null, null, null)).isEqualTo("location");
    assertInvalidField(() -> new Location(" ", "", "\t", new Coordinates(1, 1)))
        .isEqualTo("location");
  }

  @Test
  void partsAreTrimmedAndBlankPartsDropped() {
    Location location = new Location("  ", " Kazan ", "", null);

    assertThat(location.address()).isNull();
    assertThat(location.city()).isEqualTo("Kazan");
    assertThat(location.venue()).isNull();
    assertThat(location.coordinates()).isNull();
  }

  @Test
  void eachPartHasItsLengthLimit() {
    assertInvalidField(() -> new Location(text(501), null, null, null))
        .isEqualTo("location.address");
    assertInvalidField(() -> new Location(null, text(101), null, null)).isEqualTo("location.city");
    assertInvalidField(() -> new Location(null, null, text(201), null)).isEqualTo("location.venue");
    assertThat(new Location(text(500), text(100), text(200), null).venue()).hasSize(200);
  }
}
