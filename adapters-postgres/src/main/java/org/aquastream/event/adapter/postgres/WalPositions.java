package org.aquastream.event.adapter.postgres;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The primary's write-ahead log position sampled at each check, to tell how far behind a replica
 * is: a replica that has replayed the position the primary had at instant {@code t} holds
 * everything committed before {@code t}, so its reads are at most {@code now - t} old. That is an
 * upper bound, exact to one check, and it does not grow while the primary is idle, as {@code now()
 * - pg_last_xact_replay_timestamp()} would.
 */
final class WalPositions {
  /** A replica stuck for hours would otherwise keep every sample; thinning keeps the bound safe. */
  static final int MAX_SAMPLES = 10_000;

  private final Deque<Sample> samples = new ArrayDeque<>();

  private record Sample(Instant at, long position) {}

  /** The primary was at {@code position} (bytes of WAL) at {@code at}. */
  void primaryAt(Instant at, long position) {
    Sample last = samples.peekLast();
    if (last != null && position < last.position()) {
      // A restored or replaced primary: the old positions say nothing about the new log.
      samples.clear();
    }
    samples.addLast(new Sample(at, position));
    if (samples.size() > MAX_SAMPLES) {
      // Dropping the second oldest keeps the oldest: the bound can only get looser, never wrong.
      Sample oldest = samples.removeFirst();
      samples.removeFirst();
      samples.addFirst(oldest);
    }
  }

  /**
   * How old the data of a replica that has replayed up to {@code replayed} may be at {@code now};
   * empty when it has not replayed even the oldest sampled position.
   */
  Optional<Duration> lagOf(long replayed, Instant now) {
    Sample caughtUp = null;
    int older = -1;
    for (Sample sample : samples) {
      if (sample.position() > replayed) {
        break;
      }
      caughtUp = sample;
      older++;
    }
    if (caughtUp == null) {
      return Optional.empty();
    }
    for (int i = 0; i < older; i++) {
      samples.removeFirst(); // a replica never goes back, so older samples can never matter again
    }
    Duration lag = Duration.between(caughtUp.at(), now);
    return Optional.of(lag.isNegative() ? Duration.ZERO : lag);
  }
}
