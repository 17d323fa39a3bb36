package org.aquastream.event.application.port.in.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A recurring job as operators see it: what it runs, on which schedule, and how it last went.
 *
 * @param name the job's name in the scheduler's table
 * @param target the method it runs, as {@code class.method}
 * @param schedule a cron expression or a fixed delay between runs
 * @param lastRun when the last run finished, successful or not
 * @param nextRun when the next run is due
 * @param lastOutcome how the last run ended
 */
public record ScheduledJobView(
    String name,
    String target,
    Schedule schedule,
    Optional<Instant> lastRun,
    Optional<Instant> nextRun,
    Optional<Outcome> lastOutcome,
    int consecutiveFailures,
    boolean running) {

  public ScheduledJobView {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(lastRun, "lastRun");
    Objects.requireNonNull(nextRun, "nextRun");
    Objects.requireNonNull(lastOutcome, "lastOutcome");
  }

  /** When a job runs. */
  public sealed interface Schedule {
    /** On a six-field cron expression (sec min hour day month weekday). */
    record Cron(String expression) implements Schedule {}

    /** Again {@code interval} after the previous run ended, first after {@code initialDelay}. */
    record FixedDelay(Duration interval, Duration initialDelay) implements Schedule {}
  }

  /** How a run ended. */
  public enum Outcome {
    SUCCESS,
    FAILURE
  }
}
