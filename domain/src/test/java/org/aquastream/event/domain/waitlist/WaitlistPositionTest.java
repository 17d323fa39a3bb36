package org.aquastream.event.domain.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WaitlistPositionTest {

  @Test
  void theHeadHasNobodyAhead() {
    assertThat(WaitlistPosition.behind(0, 3)).isEqualTo(new WaitlistPosition(1, 3));
  }

  @Test
  void thePositionCountsTheQueuedEntriesAhead() {
    assertThat(WaitlistPosition.behind(2, 3).position()).isEqualTo(3);
  }

  @Test
  void aPositionOutsideTheQueueIsABug() {
    assertThatThrownBy(() -> new WaitlistPosition(0, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WaitlistPosition(4, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
