package org.aquastream.event.bootstrap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.aquastream.event.adapter.http.HttpApp;
import org.aquastream.event.adapter.http.HttpSettings;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.booking.BookingRoutes;
import org.aquastream.event.adapter.http.booking.OrganizerBookingRoutes;
import org.aquastream.event.adapter.http.docs.ApiDocsRoutes;
import org.aquastream.event.adapter.http.docs.OpenApiDocument;
import org.aquastream.event.adapter.http.event.EventRoutes;
import org.aquastream.event.adapter.http.favorite.FavoriteRoutes;
import org.aquastream.event.adapter.http.jobs.JobRoutes;
import org.aquastream.event.adapter.http.jobs.OutboxRoutes;
import org.aquastream.event.adapter.http.jobs.ScheduledTasksRoutes;
import org.aquastream.event.adapter.http.organizer.FaqRoutes;
import org.aquastream.event.adapter.http.organizer.OrganizerDirectoryRoutes;
import org.aquastream.event.adapter.http.organizer.OrganizerProfileRoutes;
import org.aquastream.event.adapter.http.organizer.OrganizerRoutes;
import org.aquastream.event.adapter.http.organizer.TeamRoutes;
import org.aquastream.event.adapter.http.payment.PaymentCallbackRoutes;
import org.aquastream.event.adapter.http.payment.WebhookSignature;
import org.aquastream.event.adapter.http.waitlist.WaitlistRoutes;
import org.aquastream.event.adapter.postgres.JobScheduler;
import org.aquastream.event.adapter.postgres.PostgresPersistence;
import org.aquastream.event.application.port.in.ScheduledJobView.Schedule;
import org.aquastream.event.application.port.out.BusinessMetrics;
import org.aquastream.event.application.port.out.Clock;
import org.aquastream.event.application.service.AddFaqItemService;
import org.aquastream.event.application.service.AddFavoriteService;
import org.aquastream.event.application.service.AddTeamMemberService;
import org.aquastream.event.application.service.ApplyAuditRetentionService;
import org.aquastream.event.application.service.BookingChanges;
import org.aquastream.event.application.service.BookingFollowUps;
import org.aquastream.event.application.service.BookingPolicy;
import org.aquastream.event.application.service.BookingViews;
import org.aquastream.event.application.service.BrowseOrganizerEventsService;
import org.aquastream.event.application.service.CancelBookingService;
import org.aquastream.event.application.service.CancelEventService;
import org.aquastream.event.application.service.ChangeBookingStatusService;
import org.aquastream.event.application.service.CompleteFinishedEventsService;
import org.aquastream.event.application.service.ConfirmBookingService;
import org.aquastream.event.application.service.CountEventFavoritesService;
import org.aquastream.event.application.service.CreateBookingService;
import org.aquastream.event.application.service.CreateEventService;
import org.aquastream.event.application.service.CreateOrganizerService;
import org.aquastream.event.application.service.EventChanges;
import org.aquastream.event.application.service.ExpirePendingBookingsService;
import org.aquastream.event.application.service.ExpireWaitlistNotificationsService;
import org.aquastream.event.application.service.GetBookingService;
import org.aquastream.event.application.service.GetBookingStatisticsService;
import org.aquastream.event.application.service.GetEventService;
import org.aquastream.event.application.service.GetFavoriteStatusService;
import org.aquastream.event.application.service.GetOrganizerBookingService;
import org.aquastream.event.application.service.GetOrganizerService;
import org.aquastream.event.application.service.GetWaitlistStatusService;
import org.aquastream.event.application.service.JoinWaitlistService;
import org.aquastream.event.application.service.LeaveWaitlistService;
import org.aquastream.event.application.service.ListFaqService;
import org.aquastream.event.application.service.ListFavoritesService;
import org.aquastream.event.application.service.ListMyBookingsService;
import org.aquastream.event.application.service.ListMyWaitlistService;
import org.aquastream.event.application.service.ListOrganizerBookingsService;
import org.aquastream.event.application.service.ListOrganizerEventsService;
import org.aquastream.event.application.service.ListOrganizersService;
import org.aquastream.event.application.service.ListScheduledJobsService;
import org.aquastream.event.application.service.ListTeamService;
import org.aquastream.event.application.service.OrganizerAccess;
import org.aquastream.event.application.service.OutboxPolicy;
import org.aquastream.event.application.service.PaymentPolicy;
import org.aquastream.event.application.service.PaymentStart;
import org.aquastream.event.application.service.ProcessWaitlistService;
import org.aquastream.event.application.service.ProfileRequirement;
import org.aquastream.event.application.service.PublishEventService;
import org.aquastream.event.application.service.RecordPaymentStatusService;
import org.aquastream.event.application.service.RelayOutboxService;
import org.aquastream.event.application.service.RemoveFaqItemService;
import org.aquastream.event.application.service.RemoveFavoriteService;
import org.aquastream.event.application.service.RemoveTeamMemberService;
import org.aquastream.event.application.service.ReplaceFaqItemService;
import org.aquastream.event.application.service.ReplaceTeamMemberService;
import org.aquastream.event.application.service.SearchEventsService;
import org.aquastream.event.application.service.SeatRelease;
import org.aquastream.event.application.service.UpdateEventService;
import org.aquastream.event.application.service.UpdateOrganizerProfileService;
import org.aquastream.event.application.service.WaitlistClosure;
import org.aquastream.event.application.service.WaitlistOffers;
import org.aquastream.event.application.service.WaitlistPolicy;
import org.aquastream.event.application.service.WaitlistSeats;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.aquastream.event.bootstrap.ops.Operations;
import org.aquastream.event.bootstrap.peers.Peers;

/** Wires adapters and use cases by hand: one small factory method per piece. */
final class CompositionRoot {
  private final AppConfig config;
  private final Clock clock;
  private final PostgresPersistence db;
  private final Operations operations;
  private final BusinessMetrics metrics;
  private final Peers peers;
  private final JobScheduler jobScheduler;

  CompositionRoot(
      AppConfig config,
      DataSource dataSource,
      Clock clock,
      Operations operations,
      BusinessMetrics metrics,
      Peers peers) {
    this.config = config;
    this.clock = clock;
    this.db = new PostgresPersistence(dataSource, clock);
    this.operations = operations;
    this.metrics = metrics;
    this.peers = peers;
    this.jobScheduler = jobScheduler(dataSource);
  }

  HttpApp httpApp() {
    List<RouteGroup> groups = new ArrayList<>();
    groups.addAll(
        List.of(
            organizerRoutes(),
            eventRoutes(),
            bookingRoutes(),
            organizerDirectoryRoutes(),
            teamRoutes(),
            faqRoutes(),
            organizerProfileRoutes(),
            organizerBookingRoutes(),
            favoriteRoutes(),
            apiDocsRoutes(),
            waitlistRoutes(),
            jobRoutes(),
            new ScheduledTasksRoutes(new ListScheduledJobsService(jobScheduler)),
            paymentCallbackRoutes(),
            new OutboxRoutes(relayOutbox())));
    groups.addAll(operations.routes());
    return new HttpApp(httpSettings(), groups, operations.hooks());
  }

  /** The recurring jobs; started by {@link EventService} unless {@code app.event.jobs.enabled}. */
  JobScheduler jobScheduler() {
    return jobScheduler;
  }

  private HttpSettings httpSettings() {
    return new HttpSettings(
        config.server().maxRequestBytes(), Duration.ofMillis(config.server().shutdownTimeoutMs()));
  }

  private OrganizerRoutes organizerRoutes() {
    return new OrganizerRoutes(new CreateOrganizerService(db.organizers(), clock));
  }

  private EventRoutes eventRoutes() {
    OrganizerAccess access = organizerAccess();
    EventChanges changes = eventChanges(access);
    return new EventRoutes(
        new CreateEventService(access, db.events(), clock, config.app().event().currency()),
        new UpdateEventService(changes, seatRelease(), clock),
        new PublishEventService(changes, clock),
        new CancelEventService(
            changes,
            db.bookings(),
            db.bookingLog(),
            waitlistClosure(),
            metrics,
            bookingFollowUps(),
            clock),
        new ListOrganizerEventsService(access, db.eventQueries()),
        new SearchEventsService(db.eventQueries()),
        new GetEventService(db.eventQueries(), access),
        config.app().event().currency());
  }

  private BookingRoutes bookingRoutes() {
    BookingViews views = bookingViews();
    return new BookingRoutes(
        new CreateBookingService(
            db.unitOfWork(),
            db.events(),
            db.bookings(),
            db.bookingLog(),
            db.idempotencyKeys(),
            new WaitlistSeats(db.events(), db.waitlist(), db.waitlistAudit()),
            new ProfileRequirement(peers.users(), config.services().user().failOpen()),
            bookingFollowUps(),
            paymentStart(views),
            views,
            bookingPolicy(),
            metrics,
            clock),
        new ListMyBookingsService(db.bookingQueries(), views),
        new GetBookingService(db.bookingQueries(), views),
        new ConfirmBookingService(bookingChanges(views), bookingPolicy(), clock),
        new CancelBookingService(bookingChanges(views), seatRelease(), clock));
  }

  private OrganizerDirectoryRoutes organizerDirectoryRoutes() {
    OrganizerAccess access = organizerAccess();
    return new OrganizerDirectoryRoutes(
        new ListOrganizersService(db.organizerQueries()),
        new GetOrganizerService(
            db.organizers(), db.eventQueries(), db.teamMembers(), db.faqItems(), clock),
        new BrowseOrganizerEventsService(db.organizers(), db.eventQueries()),
        new ListTeamService(db.organizers(), access, db.teamMembers()),
        new ListFaqService(db.organizers(), access, db.faqItems()));
  }

  private TeamRoutes teamRoutes() {
    OrganizerAccess access = organizerAccess();
    return new TeamRoutes(
        new ListTeamService(db.organizers(), access, db.teamMembers()),
        new AddTeamMemberService(access, db.teamMembers(), clock),
        new ReplaceTeamMemberService(access, db.teamMembers(), clock),
        new RemoveTeamMemberService(access, db.teamMembers()));
  }

  private FaqRoutes faqRoutes() {
    OrganizerAccess access = organizerAccess();
    return new FaqRoutes(
        new ListFaqService(db.organizers(), access, db.faqItems()),
        new AddFaqItemService(access, db.faqItems(), clock),
        new ReplaceFaqItemService(access, db.faqItems(), clock),
        new RemoveFaqItemService(access, db.faqItems()));
  }

  private OrganizerProfileRoutes organizerProfileRoutes() {
    return new OrganizerProfileRoutes(
        new UpdateOrganizerProfileService(organizerAccess(), db.organizers(), clock));
  }

  private OrganizerBookingRoutes organizerBookingRoutes() {
    OrganizerAccess access = organizerAccess();
    BookingViews views = bookingViews();
    return new OrganizerBookingRoutes(
        new ListOrganizerBookingsService(access, db.events(), db.organizerBookingQueries(), views),
        new GetOrganizerBookingService(access, db.events(), db.bookingQueries(), views),
        new ChangeBookingStatusService(
            bookingChanges(views), access, db.events(), seatRelease(), clock),
        new GetBookingStatisticsService(access, db.events(), db.organizerBookingQueries()),
        config.app().event().currency());
  }

  private FavoriteRoutes favoriteRoutes() {
    OrganizerAccess access = organizerAccess();
    return new FavoriteRoutes(
        new AddFavoriteService(db.events(), access, db.favorites(), clock),
        new RemoveFavoriteService(db.favorites()),
        new GetFavoriteStatusService(db.events(), access, db.favorites()),
        new ListFavoritesService(db.favorites()),
        new CountEventFavoritesService(db.events(), access, db.favorites()));
  }

  private ApiDocsRoutes apiDocsRoutes() {
    return new ApiDocsRoutes(OpenApiDocument.load());
  }

  private WaitlistRoutes waitlistRoutes() {
    return new WaitlistRoutes(
        new JoinWaitlistService(
            db.unitOfWork(),
            db.events(),
            db.bookings(),
            db.waitlist(),
            db.waitlistAudit(),
            db.waitlistQueries(),
            clock),
        new LeaveWaitlistService(
            db.unitOfWork(), db.events(), db.waitlist(), db.waitlistAudit(), seatRelease(), clock),
        new GetWaitlistStatusService(db.waitlistQueries()),
        new ListMyWaitlistService(db.waitlistQueries()),
        processWaitlist());
  }

  private JobRoutes jobRoutes() {
    return new JobRoutes(expirePendingBookings(), processWaitlist(), completeFinishedEvents());
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

  private ExpirePendingBookingsService expirePendingBookings() {
    return new ExpirePendingBookingsService(
        db.unitOfWork(),
        db.events(),
        db.bookings(),
        db.bookingLog(),
        seatRelease(),
        bookingPolicy(),
        metrics,
        bookingFollowUps(),
        clock,
        config.app().event().jobs().expiryBatchSize());
  }

  private ExpireWaitlistNotificationsService expireWaitlistNotifications() {
    return new ExpireWaitlistNotificationsService(
        db.unitOfWork(),
        db.events(),
        db.waitlist(),
        db.waitlistAudit(),
        seatRelease(),
        metrics,
        clock);
  }

  private CompleteFinishedEventsService completeFinishedEvents() {
    return new CompleteFinishedEventsService(
        db.unitOfWork(),
        db.events(),
        db.bookings(),
        db.bookingLog(),
        waitlistClosure(),
        metrics,
        clock);
  }

  private ProcessWaitlistService processWaitlist() {
    return new ProcessWaitlistService(
        db.unitOfWork(), db.events(), organizerAccess(), waitlistOffers(), clock);
  }

  private WaitlistPolicy waitlistPolicy() {
    AppConfig.Waitlist waitlist = config.app().event().waitlist();
    return new WaitlistPolicy(
        Duration.ofMinutes(waitlist.notificationWindowMinutes()), waitlist.autoProcess());
  }

  private WaitlistOffers waitlistOffers() {
    return new WaitlistOffers(
        db.events(),
        db.waitlist(),
        db.waitlistAudit(),
        db.notificationOutbox(),
        waitlistPolicy(),
        metrics,
        clock);
  }

  private WaitlistClosure waitlistClosure() {
    return new WaitlistClosure(db.waitlist(), db.waitlistAudit(), db.notificationOutbox());
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

  private OrganizerAccess organizerAccess() {
    return new OrganizerAccess(db.organizers());
  }

  private EventChanges eventChanges(OrganizerAccess access) {
    return new EventChanges(db.unitOfWork(), db.events(), db.eventQueries(), access);
  }

  private BookingViews bookingViews() {
    return new BookingViews(clock, bookingPolicy());
  }

  private BookingChanges bookingChanges(BookingViews views) {
    return new BookingChanges(
        db.unitOfWork(),
        db.events(),
        db.bookings(),
        db.bookingLog(),
        db.bookingQueries(),
        views,
        metrics,
        bookingFollowUps());
  }

  private SeatRelease seatRelease() {
    return new SeatRelease(db.events(), waitlistOffers(), waitlistPolicy());
  }

  private BookingPolicy bookingPolicy() {
    AppConfig.Booking booking = config.app().event().booking();
    return new BookingPolicy(booking.ttl(), booking.gracePeriod());
  }

  private PaymentCallbackRoutes paymentCallbackRoutes() {
    BookingViews views = bookingViews();
    return new PaymentCallbackRoutes(
        new RecordPaymentStatusService(
            db.unitOfWork(),
            db.events(),
            db.bookings(),
            db.bookingLog(),
            db.bookingQueries(),
            views,
            bookingFollowUps(),
            seatRelease(),
            bookingPolicy(),
            new PaymentPolicy(config.app().event().payment().cancelOnFailure()),
            metrics,
            clock),
        new WebhookSignature(config.services().payment().webhookSecret()));
  }

  private RelayOutboxService relayOutbox() {
    return new RelayOutboxService(
        db.unitOfWork(),
        db.outboxQueue(),
        peers.notifier(),
        peers.payments(),
        paymentStart(bookingViews()),
        outboxPolicy(),
        clock);
  }

  private BookingFollowUps bookingFollowUps() {
    return new BookingFollowUps(db.notificationOutbox(), db.paymentOutbox(), outboxPolicy(), clock);
  }

  private PaymentStart paymentStart(BookingViews views) {
    return new PaymentStart(
        db.unitOfWork(),
        db.bookings(),
        peers.payments(),
        db.outboxQueue(),
        views,
        outboxPolicy(),
        clock);
  }

  private OutboxPolicy outboxPolicy() {
    AppConfig.Outbox outbox = config.app().event().outbox();
    return new OutboxPolicy(
        outbox.batchSize(),
        outbox.maxAttempts(),
        Duration.ofMillis(outbox.initialBackoffMs()),
        Duration.ofMillis(outbox.maxBackoffMs()),
        Duration.ofMillis(outbox.leaseMs()));
  }
}
