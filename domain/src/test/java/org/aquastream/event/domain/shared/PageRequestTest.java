package org.aquastream.event.domain.shared;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

  @Test
  void pagesCountFromZero() {
    assertThat(new PageRequest(0, 20).offset()).isZero();
    assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
  }

  @Test
  void aNegativePageIsRefused() {
    assertInvalidField(() -> new PageRequest(-1, 20)).isEqualTo("page");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101, 1000})
  void sizeOutsideOneToAHundredIsRefusedNotClamped(int size) {
    assertInvalidField(() -> new PageRequest(0, size)).isEqualTo("size");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 20, 100})
  void sizesFromOneToAHundredAreAccepted(int size) {
    assertThat(new PageRequest(0, size).size()).isEqualTo(size);
  }

  @Test
  void theFirstPageHasTheDefaultSize() {
    assertThat(PageRequest.first()).isEqualTo(new PageRequest(0, 20));
  }

  @Test
  void offsetsOfFarPagesDoNotOverflow() {
    assertThat(new PageRequest(Integer.MAX_VALUE, 100).offset())
        .isEqualTo(Integer.MAX_VALUE * 100L);
  }
}
