package org.aquastream.event.domain.event;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.aquastream.event.domain.testdata.TestEvents.rub;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriceTest {

  @Test
  void aFreeEventHasNoPriceAndNeedsNoPayment() {
    assertThat(Price.FREE.money()).isEmpty();
    assertThat(Price.FREE.requiresPayment()).isFalse();
  }

  @Test
  void aPaidEventNeedsPayment() {
    Price price = Price.of(rub("1500.00"));

    assertThat(price.money()).contains(rub("1500"));
    assertThat(price.requiresPayment()).isTrue();
  }

  @Test
  void aPriceOfZeroNeedsNoPayment() {
    assertThat(Price.of(rub("0")).requiresPayment()).isFalse();
  }

  @Test
  void aPaidPriceNeedsAnAmount() {
    assertInvalidField(() -> Price.of(null)).isEqualTo("price");
  }
}
