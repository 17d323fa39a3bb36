package org.aquastream.event.adapter.postgres;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.aquastream.event.application.port.in.operations.ScheduledJobView;
import org.aquastream.event.application.port.out.operations.ScheduledJobs;
import org.aquastream.event.application.port.out.shared.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the service's recurring jobs with db-scheduler on {@code event.scheduled_tasks}: each job is
 * one row that a scheduler instance claims (optimistically, by its version) before running it, so
 * with any number of instances on one database each due run happens once. Reports every job's
 * schedule and last and next run from the same table.
 */
public final class JobScheduler implements ScheduledJobs, AutoCloseable {
  static final String TABLE = PostgresMigrations.SCHEMA + ".scheduled_tasks";
  private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);
  private static final Duration SHUTDOWN_MAX_WAIT = Duration.ofSeconds(30);

  private final List<Job> jobs;
  private final Scheduler scheduler;
  private boolean started;

  /**
   * @param clock the service's clock, so that a test moving it makes jobs due
   * @param pollingInterval how often an instance looks for due jobs
   * @param threads how many jobs one instance runs at once
   */
  public JobScheduler(
      DataSource dataSource,
      Clock clock,
      List<Job> jobs,
      Duration pollingInterval,
      int threads,
      String instanceName) {
    this.jobs = List.copyOf(jobs);
    List<RecurringTask<Void>> tasks = this.jobs.stream().map(JobScheduler::task).toList();
    this.scheduler =
        // Start tasks are known tasks too; naming them twice is an error.
        Scheduler.create(dataSource)
            .startTasks(tasks)
            .tableName(TABLE)
            // What autodetection would pick, without taking a connection to ask the database
            // while the service starts: the schema is PostgreSQL's.
            .jdbcCustomization(new PostgreSqlJdbcCustomization(false, false))
            .pollingInterval(pollingInterval)
            .threads(threads)
            .clock(clock::now)
            .schedulerName(new SchedulerName.Fixed(instanceName))
            .shutdownMaxWait(SHUTDOWN_MAX_WAIT)
            .build();
  }

  /** Registers the jobs (each once, whatever the number of instances) and starts polling. */
  public synchronized void start() {
    scheduler.start();
    started = true;
    LOG.info("Scheduler started with jobs {}", jobs.stream().map(Job::name).toList());
  }

  /** Stops polling and waits for running jobs to finish; call before the pool closes. */
  @Override
  public synchronized void close() {
    if (started) {
      scheduler.stop();
      started = false;
    }
  }

  @Override
  public List<ScheduledJobView> list() {
    return jobs.stream().map(this::view).toList();
  }

  private ScheduledJobView view(Job job) {
    Optional<ScheduledExecution<Object>> execution =
        scheduler.getScheduledExecution(TaskInstanceId.of(job.name(), RecurringTask.INSTANCE));
    Optional<Instant> lastSuccess = execution.map(ScheduledExecution::getLastSuccess);
    Optional<Instant> lastFailure = execution.map(ScheduledExecution::getLastFailure);
    Optional<Instant> lastRun = latest(lastSuccess, lastFailure);
    Optional<ScheduledJobView.Outcome> outcome =
        lastRun.map(
            run ->
                lastFailure.filter(run::equals).isPresent()
                    ? ScheduledJobView.Outcome.FAILURE
                    : ScheduledJobView.Outcome.SUCCESS);
    return new ScheduledJobView(
        job.name(),
        job.target(),
        job.schedule(),
        lastRun,
        execution.map(ScheduledExecution::getExecutionTime),
        outcome,
        execution.map(ScheduledExecution::getConsecutiveFailures).orElse(0),
        execution.map(ScheduledExecution::isPicked).orElse(false));
  }

  private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.filter(other -> other.isAfter(a.get())).or(() -> a);
  }

  private static RecurringTask<Void> task(Job job) {
    return Tasks.recurring(job.name(), schedule(job.schedule()))
        .execute((instance, context) -> job.work().run());
  }

  private static Schedule schedule(ScheduledJobView.Schedule schedule) {
    return switch (schedule) {
      case ScheduledJobView.Schedule.Cron cron -> Schedules.cron(cron.expression());
      case ScheduledJobView.Schedule.FixedDelay delay -> {
        if (!delay.initialDelay().isZero()) {
          throw new IllegalArgumentException("db-scheduler runs a fixed-delay job first at start");
        }
        yield Schedules.fixedDelay(delay.interval());
      }
    };
  }

  /**
   * One recurring job.
   *
   * @param name its row in the scheduler's table; keep it stable across releases
   * @param target the method it runs, shown to operators as {@code class.method}
   */
  public record Job(String name, String target, ScheduledJobView.Schedule schedule, Runnable work) {
    public Job {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(schedule, "schedule");
      Objects.requireNonNull(work, "work");
    }
  }
}
