package org.aquastream.event.bootstrap;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.StringJoiner;

/**
 * How long each step of start-up took, for the one log line that says where start-up went
 * (docs/operations.md, "Start-up").
 */
final class StartupSteps {
  private final StringJoiner steps = new StringJoiner(", ");
  private final long began = System.nanoTime();
  private long stepBegan = began;

  /** Ends the step that began when the previous one ended (or when this object was made). */
  void done(String step) {
    long now = System.nanoTime();
    steps.add(step + " " + Duration.ofNanos(now - stepBegan).toMillis());
    stepBegan = now;
  }

  /** Milliseconds since this object was made. */
  long elapsedMillis() {
    return Duration.ofNanos(System.nanoTime() - began).toMillis();
  }

  /** Milliseconds since the JVM started: what the JVM itself and class loading took comes first. */
  static long jvmUptimeMillis() {
    return ManagementFactory.getRuntimeMXBean().getUptime();
  }

  /** The steps in order, {@code name millis} each. */
  @Override
  public String toString() {
    return steps.toString();
  }
}
