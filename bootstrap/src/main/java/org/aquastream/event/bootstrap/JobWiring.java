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
import org.aquastream.event.adapter.postgres.PostgresPersistence;
import org.aquastream.event.application.port.in.operations.ScheduledJobView.Schedule;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.booking.ExpirePendingBookingsService;
import org.aquastream.event.application.service.event.CompleteFinishedEventsService;
import org.aquastream.event.application.service.operations.ApplyAuditRetentionService;
import org.aquastream.event.application.service.operations.ListScheduledJobsService;
import org.aquastream.event.application.service.operations.RelayOutboxService;
import org.aquastream.event.application.service.waitlist.ExpireWaitlistNotificationsService;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.aquastream.event.bootstrap.peers.Peers;

/** Wires the scheduled jobs: db-scheduler, the admin job endpoints and the outbox relay. */
final class JobWiring {
  private final Collaborators shared;
  private final AppConfig config;
  private final Clock clock;
  private final PostgresPersistence db;
  private final BusinessMetrics metrics;
  private final Peers peers;
  private final JobScheduler scheduler;

  JobWiring(Collaborators shared, DataSource dataSource) {
    this.shared = shared;
    this.config = shared.config();
    this.clock = shared.clock();
    this.db = shared.db();
    this.metrics = shared.metrics();
    this.peers = shared.peers();
    this.scheduler = jobScheduler(dataSource);
  }

  List<RouteGroup> routes() {
    return List.of(
        jobRoutes(),
        new ScheduledTasksRoutes(new ListScheduledJobsService(scheduler)),
        new OutboxRoutes(relayOutbox()));
  }

  /** The recurring jobs, built once; {@link EventService} starts and stops them. */
  JobScheduler scheduler() {
    return scheduler;
  }

  private JobScheduler jobScheduler(DataSource dataSource) {
    AppConfig.Event event = config.app().event();
    ExpirePendingBookingsService expiry = expirePendingBookings();
    ExpireWaitlistNotificationsService windows = expireWaitlistNotifications();
    CompleteFinishedEventsService completion = completeFinishedEvents();
    ApplyAuditRetentionService retention =
        new ApplyAuditRetentionService(
            db.auditRetention(), Duration.ofDays(event.audit().retainDays()), clock);
    boolean autoComplete = event.completion().autoComplete();
    List<JobScheduler.Job> jobs =
        List.of(
            new JobScheduler.Job(
                "expire-pending-bookings",
                ExpirePendingBookingsService.class.getName() + ".expirePendingBookings",
                new Schedule.FixedDelay(
                    Duration.ofMillis(event.booking().expirationCheckInterval()), Duration.ZERO),
                expiry::expirePendingBookings),
            new JobScheduler.Job(
                "cleanup-expired-waitlist-notifications",
                ExpireWaitlistNotificationsService.class.getName()
                    + ".cleanupExpiredWaitlistNotifications",
                new Schedule.FixedDelay(
                    Duration.ofMinutes(event.waitlist().cleanupIntervalMinutes()), Duration.ZERO),
                windows::cleanupExpiredWaitlistNotifications),
            new JobScheduler.Job(
                "complete-finished-events",
                CompleteFinishedEventsService.class.getName() + ".completeFinishedEvents",
                new Schedule.Cron(event.completion().checkIntervalCron()),
                // auto-complete off: the job stays listed, only the admin endpoint completes.
                () -> {
                  if (autoComplete) {
                    completion.completeFinishedEvents();
                  }
                }),
            new JobScheduler.Job(
                "apply-audit-retention",
                ApplyAuditRetentionService.class.getName() + ".applyRetention",
                new Schedule.Cron(event.jobs().retentionCron()),
                retention::applyRetention),
            new JobScheduler.Job(
                "relay-outbox",
                RelayOutboxService.class.getName() + ".relay",
                new Schedule.FixedDelay(
                    Duration.ofMillis(event.outbox().relayIntervalMs()), Duration.ZERO),
                relayOutbox()::relay));
    return new JobScheduler(
        dataSource,
        clock,
        jobs,
        event.jobs().pollingInterval(),
        event.jobs().threads(),
        instanceName());
  }

  private JobRoutes jobRoutes() {
    return new JobRoutes(
        expirePendingBookings(), shared.processWaitlist(), completeFinishedEvents());
  }

  private ExpirePendingBookingsService expirePendingBookings() {
    return new ExpirePendingBookingsService(
        db.unitOfWork(),
        db.events(),
        db.bookings(),
        db.bookingLog(),
        shared.seatRelease(),
        shared.bookingPolicy(),
        metrics,
        shared.bookingFollowUps(),
        clock,
        config.app().event().jobs().expiryBatchSize());
  }

  private ExpireWaitlistNotificationsService expireWaitlistNotifications() {
    return new ExpireWaitlistNotificationsService(
        db.unitOfWork(),
        db.events(),
        db.waitlist(),
        db.waitlistAudit(),
        shared.seatRelease(),
        metrics,
        clock);
  }

  private CompleteFinishedEventsService completeFinishedEvents() {
    return new CompleteFinishedEventsService(
        db.unitOfWork(),
        db.events(),
        db.bookings(),
        db.bookingLog(),
        shared.waitlistClosure(),
        metrics,
        clock);
  }

  private RelayOutboxService relayOutbox() {
    return new RelayOutboxService(
        db.unitOfWork(),
        db.outboxQueue(),
        peers.notifier(),
        peers.payments(),
        shared.paymentStart(shared.bookingViews()),
        shared.outboxPolicy(),
        clock);
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
