package org.aquastream.event.bootstrap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.jobs.JobRoutes;
import org.aquastream.event.adapter.http.jobs.OutboxRoutes;
import org.aquastream.event.adapter.http.jobs.ScheduledTasksRoutes;
import org.aquastream.event.adapter.postgres.JobScheduler;
import org.aquastream.event.application.UseCases;
import org.aquastream.event.application.port.in.operations.ScheduledJobView.Schedule;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.booking.ExpirePendingBookingsService;
import org.aquastream.event.application.service.event.CompleteFinishedEventsService;
import org.aquastream.event.application.service.operations.ApplyAuditRetentionService;
import org.aquastream.event.application.service.operations.RelayOutboxService;
import org.aquastream.event.application.service.waitlist.ExpireWaitlistNotificationsService;
import org.aquastream.event.bootstrap.config.AppConfig;

/** Wires the scheduled jobs: db-scheduler, the admin job endpoints and the outbox relay. */
final class JobWiring {
  private final UseCases u;
  private final AppConfig config;
  private final Clock clock;
  private final JobScheduler scheduler;

  JobWiring(UseCases useCases, AppConfig config, Clock clock, DataSource dataSource) {
    this.u = useCases;
    this.config = config;
    this.clock = clock;
    this.scheduler = jobScheduler(dataSource);
  }

  List<RouteGroup> routes() {
    return List.of(
        new JobRoutes(u.expirePendingBookings(), u.processWaitlist(), u.completeFinishedEvents()),
        new ScheduledTasksRoutes(UseCases.listScheduledJobs(scheduler)),
        new OutboxRoutes(u.relayOutbox()));
  }

  /** The recurring jobs, built once; {@link EventService} starts and stops them. */
  JobScheduler scheduler() {
    return scheduler;
  }

  private JobScheduler jobScheduler(DataSource dataSource) {
    AppConfig.Event event = config.app().event();
    boolean autoComplete = event.completion().autoComplete();
    List<JobScheduler.Job> jobs =
        List.of(
            new JobScheduler.Job(
                "expire-pending-bookings",
                ExpirePendingBookingsService.class.getName() + ".expirePendingBookings",
                new Schedule.FixedDelay(
                    Duration.ofMillis(event.booking().expirationCheckInterval()), Duration.ZERO),
                u.expirePendingBookings()::expirePendingBookings),
            new JobScheduler.Job(
                "cleanup-expired-waitlist-notifications",
                ExpireWaitlistNotificationsService.class.getName()
                    + ".cleanupExpiredWaitlistNotifications",
                new Schedule.FixedDelay(
                    Duration.ofMinutes(event.waitlist().cleanupIntervalMinutes()), Duration.ZERO),
                u.expireWaitlistNotifications()::cleanupExpiredWaitlistNotifications),
            new JobScheduler.Job(
                "complete-finished-events",
                CompleteFinishedEventsService.class.getName() + ".completeFinishedEvents",
                new Schedule.Cron(event.completion().checkIntervalCron()),
                // auto-complete off: the job stays listed, only the admin endpoint completes.
                () -> {
                  if (autoComplete) {
                    u.completeFinishedEvents().completeFinishedEvents();
                  }
                }),
            new JobScheduler.Job(
                "apply-audit-retention",
                ApplyAuditRetentionService.class.getName() + ".applyRetention",
                new Schedule.Cron(event.jobs().retentionCron()),
                u.applyAuditRetention()::applyRetention),
            new JobScheduler.Job(
                "relay-outbox",
                RelayOutboxService.class.getName() + ".relay",
                new Schedule.FixedDelay(
                    Duration.ofMillis(event.outbox().relayIntervalMs()), Duration.ZERO),
                u.relayOutbox()::relay));
    return new JobScheduler(
        dataSource,
        clock,
        jobs,
        event.jobs().pollingInterval(),
        event.jobs().threads(),
        instanceName());
  }

  /** Unique per process, so that the scheduler's table shows which instance runs a job. */
  private String instanceName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return config.app().name() + "@" + host + "#" + UUID.randomUUID().toString().substring(0, 8);
  }
}
