package org.aquastream.event.adapter.http.jobs;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.application.port.in.operations.ListScheduledJobsUseCase;
import org.aquastream.event.application.port.in.operations.ScheduledJobView;
import org.aquastream.event.application.port.in.operations.ScheduledJobView.Outcome;
import org.aquastream.event.domain.shared.Role;

/**
 * {@code GET /actuator/scheduledtasks} in Spring Boot Actuator's shape ({@code cron} and {@code
 * fixedDelay} lists with the runnable's target, the expression or interval and initial delay in
 * ms), plus each job's last and next run as the scheduler's table has them.
 */
public final class ScheduledTasksRoutes implements RouteGroup {
  static final String PATH = "/actuator/scheduledtasks";

  private final ListScheduledJobsUseCase listScheduledJobs;

  public ScheduledTasksRoutes(ListScheduledJobsUseCase listScheduledJobs) {
    this.listScheduledJobs = listScheduledJobs;
  }

  @Override
  public void declare(Routes routes) {
    routes.get(PATH, Role.GUEST, this::list);
  }

  private void list(Context ctx) {
    List<CronTask> cron = new ArrayList<>();
    List<FixedDelayTask> fixedDelay = new ArrayList<>();
    for (ScheduledJobView job : listScheduledJobs.list()) {
      Target runnable = new Target(job.target());
      Instant lastRun = job.lastRun().orElse(null);
      Instant nextRun = job.nextRun().orElse(null);
      Outcome outcome = job.lastOutcome().orElse(null);
      switch (job.schedule()) {
        case ScheduledJobView.Schedule.Cron c ->
            cron.add(
                new CronTask(
                    runnable,
                    c.expression(),
                    job.name(),
                    lastRun,
                    nextRun,
                    outcome,
                    job.consecutiveFailures(),
                    job.running()));
        case ScheduledJobView.Schedule.FixedDelay d ->
            fixedDelay.add(
                new FixedDelayTask(
                    runnable,
                    d.initialDelay().toMillis(),
                    d.interval().toMillis(),
                    job.name(),
                    lastRun,
                    nextRun,
                    outcome,
                    job.consecutiveFailures(),
                    job.running()));
      }
    }
    ctx.json(new ScheduledTasks(cron, fixedDelay));
  }

  /** The whole answer. */
  record ScheduledTasks(List<CronTask> cron, List<FixedDelayTask> fixedDelay) {}

  /** What a task runs, as {@code class.method}. */
  record Target(String target) {}

  /** A job on a cron expression. */
  record CronTask(
      Target runnable,
      String expression,
      String name,
      Instant lastRun,
      Instant nextRun,
      Outcome lastOutcome,
      int consecutiveFailures,
      boolean running) {}

  /** A job run again a fixed delay (ms) after the previous run ended. */
  record FixedDelayTask(
      Target runnable,
      long initialDelay,
      long interval,
      String name,
      Instant lastRun,
      Instant nextRun,
      Outcome lastOutcome,
      int consecutiveFailures,
      boolean running) {}
}
