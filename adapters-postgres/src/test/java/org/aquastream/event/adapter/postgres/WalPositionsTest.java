package org.aquastream.event.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WalPositionsTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private final WalPositions positions = new WalPositions();

  private static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  @Test
  void aReplicaThatReplayedThePrimarysLatestPositionIsNotBehind() {
    positions.primaryAt(at(0), 100);
    positions.primaryAt(at(1), 200);

    assertThat(positions.lagOf(200, at(1))).contains(Duration.ZERO);
  }

  @Test
  void theLagIsTheAgeOfTheNewestPrimaryPositionTheReplicaHolds() {
    positions.primaryAt(at(0), 100);
    positions.primaryAt(at(1), 200);
    positions.primaryAt(at(2), 300);

    assertThat(positions.lagOf(250, at(2))).contains(Duration.ofSeconds(1));
    assertThat(positions.lagOf(250, at(7))).contains(Duration.ofSeconds(6));
  }

  @Test
  void anIdlePrimaryMakesNoLagHoweverLongAgoItsLastWriteWas() {
    positions.primaryAt(at(0), 100);
    positions.primaryAt(at(3_600), 100);

    assertThat(positions.lagOf(100, at(3_600))).contains(Duration.ZERO);
  }

  @Test
  void aReplicaBehindEverySampledPositionHasNoKnownLag() {
    positions.primaryAt(at(0), 100);

    assertThat(positions.lagOf(99, at(0))).isEmpty();
  }

  @Test
  void aReplicaNeverGoesBackSoOlderSamplesAreForgotten() {
    positions.primaryAt(at(0), 100);
    positions.primaryAt(at(1), 200);
    assertThat(positions.lagOf(200, at(1))).contains(Duration.ZERO);

    // Had the sample at 100 been kept, a replica reported at 150 would look 1 s behind.
    assertThat(positions.lagOf(150, at(1))).isEmpty();
  }

  @Test
  void aPrimaryWhosePositionWentBackIsANewLogAndStartsAfresh() {
    positions.primaryAt(at(0), 500);
    positions.primaryAt(at(1), 100);

    assertThat(positions.lagOf(100, at(5))).contains(Duration.ofSeconds(4));
    assertThat(positions.lagOf(499, at(5))).contains(Duration.ofSeconds(4));
  }

  @Test
  void thinningTheSamplesOfAStuckReplicaOnlyMakesItLookFurtherBehind() {
    for (int i = 0; i <= WalPositions.MAX_SAMPLES + 10; i++) {
      positions.primaryAt(at(i), 100L + i);
    }

    // It holds position 100, sampled at 0: the oldest sample survives the thinning.
    assertThat(positions.lagOf(100, at(WalPositions.MAX_SAMPLES + 10)))
        .contains(Duration.ofSeconds(WalPositions.MAX_SAMPLES + 10));
    assertThat(positions.lagOf(105, at(WalPositions.MAX_SAMPLES + 10)))
        .get()
        .satisfies(
            lag ->
                assertThat(lag)
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(WalPositions.MAX_SAMPLES + 5)));
  }
}
