package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.fake.MutableClock;
import org.aquastream.event.application.port.in.operations.ScheduledJobView;
import org.aquastream.event.application.port.in.operations.ScheduledJobView.Outcome;
import org.aquastream.event.application.port.in.operations.ScheduledJobView.Schedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * db-scheduler on PostgreSQL with the service's clock: jobs run when the clock says they are due,
 * once per due time however many instances poll, and report their runs.
 */
class JobSchedulerTest {
  private static final Duration INTERVAL = Duration.ofMinutes(1);
  private static final Duration POLL = Duration.ofMillis(50);

  private final MutableClock clock = new MutableClock(NOW.plusSeconds(30));
  private final AtomicInteger runs = new AtomicInteger();
  private TestDatabase db;
  private JobData data;
  private JobScheduler first;
  private JobScheduler second;

  @BeforeEach
  void createDatabase() {
    db = TestDatabase.fresh();
    data = new JobData(new Database(db.dataSource()));
  }

  @AfterEach
  void stop() {
    for (JobScheduler scheduler : new JobScheduler[] {first, second}) {
      if (scheduler != null) {
        scheduler.close();
      }
    }
    db.close();
  }

  private JobScheduler scheduler(String name, List<JobScheduler.Job> jobs) {
    return new JobScheduler(db.dataSource(), clock, jobs, POLL, 2, name);
  }

  private JobScheduler.Job counting(String name) {
    return new JobScheduler.Job(
        name,
        "test.Counter.count",
        new Schedule.FixedDelay(INTERVAL, Duration.ZERO),
        runs::incrementAndGet);
  }

  @Test
  void twoInstancesRunAFixedDelayJobOncePerDueTime() {
    first = scheduler("instance-a", List.of(counting("count")));
    second = scheduler("instance-b", List.of(counting("count")));
    first.start();
    second.start();

    awaitRescheduledAfter("count", clock.now());
    assertThat(runs.get()).as("the first run, due at start").isEqualTo(1);

    clock.advance(INTERVAL.plusSeconds(1));
    awaitRescheduledAfter("count", clock.now());
    assertThat(runs.get()).isEqualTo(2);
    assertThat(data.count("SELECT count(*) FROM event.scheduled_tasks"))
        .as("one row per job, whatever the number of instances")
        .isEqualTo(1);
  }

  @Test
  void aJobReportsItsScheduleAndItsLastAndNextRun() {
    first = scheduler("instance-a", List.of(counting("count")));
    first.start();
    awaitRescheduledAfter("count", clock.now());

    ScheduledJobView job = first.list().getFirst();

    assertThat(job.name()).isEqualTo("count");
    assertThat(job.target()).isEqualTo("test.Counter.count");
    assertThat(job.schedule()).isEqualTo(new Schedule.FixedDelay(INTERVAL, Duration.ZERO));
    assertThat(job.lastRun()).contains(clock.now());
    assertThat(job.nextRun()).contains(clock.now().plus(INTERVAL));
    assertThat(job.lastOutcome()).contains(Outcome.SUCCESS);
    assertThat(job.consecutiveFailures()).isZero();
    assertThat(job.running()).isFalse();
  }

  @Test
  void aFailingRunIsReportedAndTheJobStaysScheduled() {
    JobScheduler.Job failing =
        new JobScheduler.Job(
            "fail",
            "test.Failing.run",
            new Schedule.FixedDelay(INTERVAL, Duration.ZERO),
            () -> {
              throw new IllegalStateException("boom");
            });
    first = scheduler("instance-a", List.of(failing));
    first.start();
    awaitRescheduledAfter("fail", clock.now());

    ScheduledJobView job = first.list().getFirst();

    assertThat(job.lastOutcome()).contains(Outcome.FAILURE);
    assertThat(job.consecutiveFailures()).isEqualTo(1);
    assertThat(job.nextRun()).isPresent();
  }

  @Test
  void aCronJobIsDueAtItsNextMatchingTimeAndAJobNeverStartedHasNoRuns() {
    JobScheduler.Job hourly =
        new JobScheduler.Job(
            "hourly", "test.Hourly.run", new Schedule.Cron("0 0 * * * *"), runs::incrementAndGet);
    first = scheduler("instance-a", List.of(hourly));
    assertThat(first.list().getFirst().lastRun()).isEmpty();
    assertThat(first.list().getFirst().nextRun()).isEmpty();

    first.start();
    Instant topOfNextHour =
        ZonedDateTime.ofInstant(clock.now(), ZoneOffset.systemDefault())
            .truncatedTo(ChronoUnit.HOURS)
            .plusHours(1)
            .toInstant();

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> first.list().getFirst().nextRun().isPresent());
    assertThat(first.list().getFirst().nextRun()).contains(topOfNextHour);
    assertThat(runs.get()).isZero();
  }

  /** Waits until the job ran for the due time {@code now} and was rescheduled after it. */
  private void awaitRescheduledAfter(String job, Instant now) {
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () ->
                data.count(
                        "SELECT count(*) FROM event.scheduled_tasks WHERE task_name = '"
                            + job
                            + "' AND NOT picked AND execution_time > '"
                            + now
                            + "'")
                    == 1);
  }
}
