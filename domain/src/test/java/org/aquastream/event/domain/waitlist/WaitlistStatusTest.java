package org.aquastream.event.domain.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WaitlistStatusTest {
  /** The contract's state machine, written out independently of the code under test. */
  private static final Map<WaitlistStatus, Set<WaitlistStatus>> ALLOWED =
      Map.of(
          WaitlistStatus.WAITING, Set.of(WaitlistStatus.NOTIFIED, WaitlistStatus.CANCELLED),
          WaitlistStatus.NOTIFIED,
              Set.of(WaitlistStatus.CONFIRMED, WaitlistStatus.EXPIRED, WaitlistStatus.CANCELLED),
          WaitlistStatus.CONFIRMED, Set.of(),
          WaitlistStatus.EXPIRED, Set.of(),
          WaitlistStatus.CANCELLED, Set.of());

  @ParameterizedTest
  @EnumSource(WaitlistStatus.class)
  void eachStatusMovesOnlyWhereTheContractSays(WaitlistStatus from) {
    for (WaitlistStatus to : WaitlistStatus.values()) {
      assertThat(from.canMoveTo(to))
          .as("%s → %s", from, to)
          .isEqualTo(ALLOWED.get(from).contains(to));
    }
  }

  @ParameterizedTest
  @EnumSource(WaitlistStatus.class)
  void onlyWaitingAndNotifiedAreQueuedAndOnlyNotifiedHoldsASeat(WaitlistStatus status) {
    assertThat(status.isQueued())
        .isEqualTo(status == WaitlistStatus.WAITING || status == WaitlistStatus.NOTIFIED);
    assertThat(status.holdsSeat()).isEqualTo(status == WaitlistStatus.NOTIFIED);
  }
}
