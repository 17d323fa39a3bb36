package org.aquastream.event.application;

import java.time.Duration;
import java.util.Objects;
import org.aquastream.event.application.port.in.booking.CancelBookingUseCase;
import org.aquastream.event.application.port.in.booking.ChangeBookingStatusUseCase;
import org.aquastream.event.application.port.in.booking.ConfirmBookingUseCase;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase;
import org.aquastream.event.application.port.in.booking.ExpirePendingBookingsUseCase;
import org.aquastream.event.application.port.in.booking.GetBookingStatisticsUseCase;
import org.aquastream.event.application.port.in.booking.GetBookingUseCase;
import org.aquastream.event.application.port.in.booking.GetOrganizerBookingUseCase;
import org.aquastream.event.application.port.in.booking.ListMyBookingsUseCase;
import org.aquastream.event.application.port.in.booking.ListOrganizerBookingsUseCase;
import org.aquastream.event.application.port.in.booking.LowerBookingSeatsUseCase;
import org.aquastream.event.application.port.in.booking.RecordPaymentStatusUseCase;
import org.aquastream.event.application.port.in.event.BrowseOrganizerEventsUseCase;
import org.aquastream.event.application.port.in.event.CancelEventUseCase;
import org.aquastream.event.application.port.in.event.CompleteFinishedEventsUseCase;
import org.aquastream.event.application.port.in.event.CreateEventUseCase;
import org.aquastream.event.application.port.in.event.GetEventUseCase;
import org.aquastream.event.application.port.in.event.ListOrganizerEventsUseCase;
import org.aquastream.event.application.port.in.event.PublishEventUseCase;
import org.aquastream.event.application.port.in.event.SearchEventsUseCase;
import org.aquastream.event.application.port.in.event.UpdateEventUseCase;
import org.aquastream.event.application.port.in.favorite.AddFavoriteUseCase;
import org.aquastream.event.application.port.in.favorite.CountEventFavoritesUseCase;
import org.aquastream.event.application.port.in.favorite.GetFavoriteStatusUseCase;
import org.aquastream.event.application.port.in.favorite.ListFavoritesUseCase;
import org.aquastream.event.application.port.in.favorite.RemoveFavoriteUseCase;
import org.aquastream.event.application.port.in.operations.ApplyAuditRetentionUseCase;
import org.aquastream.event.application.port.in.operations.ListScheduledJobsUseCase;
import org.aquastream.event.application.port.in.operations.RelayOutboxUseCase;
import org.aquastream.event.application.port.in.organizer.AddFaqItemUseCase;
import org.aquastream.event.application.port.in.organizer.AddTeamMemberUseCase;
import org.aquastream.event.application.port.in.organizer.CreateOrganizerUseCase;
import org.aquastream.event.application.port.in.organizer.GetOrganizerUseCase;
import org.aquastream.event.application.port.in.organizer.ListFaqUseCase;
import org.aquastream.event.application.port.in.organizer.ListOrganizersUseCase;
import org.aquastream.event.application.port.in.organizer.ListTeamUseCase;
import org.aquastream.event.application.port.in.organizer.RemoveFaqItemUseCase;
import org.aquastream.event.application.port.in.organizer.RemoveTeamMemberUseCase;
import org.aquastream.event.application.port.in.organizer.ReplaceFaqItemUseCase;
import org.aquastream.event.application.port.in.organizer.ReplaceTeamMemberUseCase;
import org.aquastream.event.application.port.in.organizer.UpdateOrganizerProfileUseCase;
import org.aquastream.event.application.port.in.waitlist.ExpireWaitlistNotificationsUseCase;
import org.aquastream.event.application.port.in.waitlist.GetWaitlistStatusUseCase;
import org.aquastream.event.application.port.in.waitlist.JoinWaitlistUseCase;
import org.aquastream.event.application.port.in.waitlist.LeaveWaitlistUseCase;
import org.aquastream.event.application.port.in.waitlist.ListMyWaitlistUseCase;
import org.aquastream.event.application.port.in.waitlist.ProcessWaitlistUseCase;
import org.aquastream.event.application.port.out.booking.BookingExpiry;
import org.aquastream.event.application.port.out.booking.BookingLog;
import org.aquastream.event.application.port.out.booking.BookingQueries;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.application.port.out.booking.IdempotencyKeys;
import org.aquastream.event.application.port.out.booking.NewBookings;
import org.aquastream.event.application.port.out.booking.OrganizerBookingQueries;
import org.aquastream.event.application.port.out.booking.PaymentGateway;
import org.aquastream.event.application.port.out.booking.UserDirectory;
import org.aquastream.event.application.port.out.event.EventQueries;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.favorite.FavoriteRepository;
import org.aquastream.event.application.port.out.operations.AuditRetention;
import org.aquastream.event.application.port.out.operations.Notifier;
import org.aquastream.event.application.port.out.operations.ScheduledJobs;
import org.aquastream.event.application.port.out.organizer.FaqItemRepository;
import org.aquastream.event.application.port.out.organizer.OrganizerQueries;
import org.aquastream.event.application.port.out.organizer.OrganizerRepository;
import org.aquastream.event.application.port.out.organizer.TeamMemberRepository;
import org.aquastream.event.application.port.out.outbox.NotificationOutbox;
import org.aquastream.event.application.port.out.outbox.OutboxQueue;
import org.aquastream.event.application.port.out.outbox.PaymentOutbox;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.port.out.waitlist.WaitlistAuditLog;
import org.aquastream.event.application.port.out.waitlist.WaitlistQueries;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;
import org.aquastream.event.application.service.booking.BookingChanges;
import org.aquastream.event.application.service.booking.BookingFollowUps;
import org.aquastream.event.application.service.booking.BookingPolicy;
import org.aquastream.event.application.service.booking.BookingViews;
import org.aquastream.event.application.service.booking.CancelBookingService;
import org.aquastream.event.application.service.booking.ChangeBookingStatusService;
import org.aquastream.event.application.service.booking.ConfirmBookingService;
import org.aquastream.event.application.service.booking.CreateBookingService;
import org.aquastream.event.application.service.booking.ExpirePendingBookingsService;
import org.aquastream.event.application.service.booking.FreeSeatBooking;
import org.aquastream.event.application.service.booking.GetBookingService;
import org.aquastream.event.application.service.booking.GetBookingStatisticsService;
import org.aquastream.event.application.service.booking.GetOrganizerBookingService;
import org.aquastream.event.application.service.booking.IdempotentAnswers;
import org.aquastream.event.application.service.booking.ListMyBookingsService;
import org.aquastream.event.application.service.booking.ListOrganizerBookingsService;
import org.aquastream.event.application.service.booking.LowerBookingSeatsService;
import org.aquastream.event.application.service.booking.PaymentPolicy;
import org.aquastream.event.application.service.booking.PaymentStart;
import org.aquastream.event.application.service.booking.ProfileRequirement;
import org.aquastream.event.application.service.booking.RecordPaymentStatusService;
import org.aquastream.event.application.service.booking.SeatBatches;
import org.aquastream.event.application.service.booking.SerialBooking;
import org.aquastream.event.application.service.event.BrowseOrganizerEventsService;
import org.aquastream.event.application.service.event.CancelEventService;
import org.aquastream.event.application.service.event.CompleteFinishedEventsService;
import org.aquastream.event.application.service.event.CreateEventService;
import org.aquastream.event.application.service.event.EventChanges;
import org.aquastream.event.application.service.event.GetEventService;
import org.aquastream.event.application.service.event.ListOrganizerEventsService;
import org.aquastream.event.application.service.event.PublishEventService;
import org.aquastream.event.application.service.event.SearchEventsService;
import org.aquastream.event.application.service.event.UpdateEventService;
import org.aquastream.event.application.service.favorite.AddFavoriteService;
import org.aquastream.event.application.service.favorite.CountEventFavoritesService;
import org.aquastream.event.application.service.favorite.GetFavoriteStatusService;
import org.aquastream.event.application.service.favorite.ListFavoritesService;
import org.aquastream.event.application.service.favorite.RemoveFavoriteService;
import org.aquastream.event.application.service.operations.ApplyAuditRetentionService;
import org.aquastream.event.application.service.operations.ListScheduledJobsService;
import org.aquastream.event.application.service.operations.OutboxPolicy;
import org.aquastream.event.application.service.operations.RelayOutboxService;
import org.aquastream.event.application.service.organizer.AddFaqItemService;
import org.aquastream.event.application.service.organizer.AddTeamMemberService;
import org.aquastream.event.application.service.organizer.CreateOrganizerService;
import org.aquastream.event.application.service.organizer.GetOrganizerService;
import org.aquastream.event.application.service.organizer.ListFaqService;
import org.aquastream.event.application.service.organizer.ListOrganizersService;
import org.aquastream.event.application.service.organizer.ListTeamService;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.application.service.organizer.RemoveFaqItemService;
import org.aquastream.event.application.service.organizer.RemoveTeamMemberService;
import org.aquastream.event.application.service.organizer.ReplaceFaqItemService;
import org.aquastream.event.application.service.organizer.ReplaceTeamMemberService;
import org.aquastream.event.application.service.organizer.UpdateOrganizerProfileService;
import org.aquastream.event.application.service.waitlist.ExpireWaitlistNotificationsService;
import org.aquastream.event.application.service.waitlist.GetWaitlistStatusService;
import org.aquastream.event.application.service.waitlist.JoinWaitlistService;
import org.aquastream.event.application.service.waitlist.LeaveWaitlistService;
import org.aquastream.event.application.service.waitlist.ListMyWaitlistService;
import org.aquastream.event.application.service.waitlist.ProcessWaitlistService;
import org.aquastream.event.application.service.waitlist.SeatRelease;
import org.aquastream.event.application.service.waitlist.WaitlistClosure;
import org.aquastream.event.application.service.waitlist.WaitlistOffers;
import org.aquastream.event.application.service.waitlist.WaitlistPolicy;
import org.aquastream.event.application.service.waitlist.WaitlistSeats;

/**
 * The one place the application's object graph is built: every use case from the outbound ports and
 * the settings. Production (bootstrap) and every test that runs use cases build them here, so a new
 * dependency of a use case is added once.
 */
public class UseCases {
  private final CreateOrganizerService createOrganizer;
  private final CreateEventService createEvent;
  private final UpdateEventService updateEvent;
  private final PublishEventService publishEvent;
  private final CancelEventService cancelEvent;
  private final GetEventService getEvent;
  private final ListOrganizerEventsService listOrganizerEvents;
  private final SearchEventsService searchEvents;
  private final CreateBookingService createBooking;
  private final ListMyBookingsService listMyBookings;
  private final GetBookingService getBooking;
  private final ConfirmBookingService confirmBooking;
  private final CancelBookingService cancelBooking;
  private final LowerBookingSeatsService lowerBookingSeats;
  private final JoinWaitlistService joinWaitlist;
  private final LeaveWaitlistService leaveWaitlist;
  private final GetWaitlistStatusService waitlistStatus;
  private final ListMyWaitlistService listMyWaitlist;
  private final ProcessWaitlistService processWaitlist;
  private final ExpirePendingBookingsService expirePendingBookings;
  private final ExpireWaitlistNotificationsService expireWaitlistNotifications;
  private final CompleteFinishedEventsService completeFinishedEvents;
  private final ApplyAuditRetentionService applyAuditRetention;
  private final RelayOutboxService relayOutbox;
  private final RecordPaymentStatusService recordPaymentStatus;
  private final ListOrganizersService listOrganizers;
  private final GetOrganizerService getOrganizer;
  private final BrowseOrganizerEventsService browseOrganizerEvents;
  private final ListTeamService listTeam;
  private final AddTeamMemberService addTeamMember;
  private final ReplaceTeamMemberService replaceTeamMember;
  private final RemoveTeamMemberService removeTeamMember;
  private final ListFaqService listFaq;
  private final AddFaqItemService addFaqItem;
  private final ReplaceFaqItemService replaceFaqItem;
  private final RemoveFaqItemService removeFaqItem;
  private final UpdateOrganizerProfileService updateOrganizerProfile;
  private final ListOrganizerBookingsService listOrganizerBookings;
  private final GetOrganizerBookingService getOrganizerBooking;
  private final ChangeBookingStatusService changeBookingStatus;
  private final GetBookingStatisticsService bookingStatistics;
  private final AddFavoriteService addFavorite;
  private final RemoveFavoriteService removeFavorite;
  private final GetFavoriteStatusService favoriteStatus;
  private final ListFavoritesService listFavorites;
  private final CountEventFavoritesService countEventFavorites;

  public UseCases(Stores db, Peers peers, Settings settings) {
    Clock clock = peers.clock();
    BusinessMetrics metrics = peers.metrics();
    OrganizerAccess access = new OrganizerAccess(db.organizers());
    EventChanges eventChanges =
        new EventChanges(db.unitOfWork(), db.events(), db.eventQueries(), access);
    BookingViews views = new BookingViews(clock, settings.booking());
    WaitlistOffers offers =
        new WaitlistOffers(
            db.events(),
            db.waitlist(),
            db.waitlistAudit(),
            db.notificationOutbox(),
            settings.waitlist(),
            metrics,
            clock);
    SeatRelease seatRelease =
        new SeatRelease(db.events(), db.waitlist(), offers, settings.waitlist());
    WaitlistClosure closure =
        new WaitlistClosure(db.waitlist(), db.waitlistAudit(), db.notificationOutbox());
    BookingFollowUps followUps =
        new BookingFollowUps(db.notificationOutbox(), db.paymentOutbox(), settings.outbox(), clock);
    PaymentStart paymentStart =
        new PaymentStart(
            db.unitOfWork(),
            db.bookings(),
            peers.payments(),
            db.outboxQueue(),
            views,
            settings.outbox(),
            clock);
    BookingChanges bookingChanges =
        new BookingChanges(
            db.unitOfWork(),
            db.events(),
            db.bookings(),
            db.bookingLog(),
            db.bookingQueries(),
            views,
            metrics,
            followUps);

    createOrganizer = new CreateOrganizerService(db.organizers(), clock);
    createEvent = new CreateEventService(access, db.events(), clock, settings.currency());
    updateEvent = new UpdateEventService(eventChanges, seatRelease, clock);
    publishEvent = new PublishEventService(eventChanges, clock);
    cancelEvent =
        new CancelEventService(
            eventChanges, db.bookings(), db.bookingLog(), closure, metrics, followUps, clock);
    getEvent = new GetEventService(db.eventQueries(), access);
    listOrganizerEvents = new ListOrganizerEventsService(access, db.eventQueries());
    searchEvents = new SearchEventsService(db.eventQueries());

    IdempotentAnswers answers = new IdempotentAnswers(db.bookings(), db.events(), views);
    createBooking =
        new CreateBookingService(
            db.newBookings(),
            db.idempotencyKeys(),
            answers,
            new FreeSeatBooking(
                new SeatBatches(
                    db.unitOfWork(),
                    db.newBookings(),
                    db.events(),
                    clock,
                    settings.bookingBatchSize()),
                followUps,
                views,
                settings.booking(),
                clock),
            new SerialBooking(
                db.unitOfWork(),
                db.events(),
                db.bookings(),
                db.bookingLog(),
                db.idempotencyKeys(),
                new WaitlistSeats(db.events(), db.waitlist(), db.waitlistAudit(), seatRelease),
                followUps,
                views,
                settings.booking(),
                answers,
                clock),
            new ProfileRequirement(peers.users(), settings.profileCheckFailsOpen()),
            paymentStart,
            metrics,
            clock);
    listMyBookings = new ListMyBookingsService(db.bookingQueries(), views);
    getBooking = new GetBookingService(db.bookingQueries(), views);
    confirmBooking = new ConfirmBookingService(bookingChanges, settings.booking(), clock);
    cancelBooking = new CancelBookingService(bookingChanges, seatRelease, clock);
    lowerBookingSeats = new LowerBookingSeatsService(bookingChanges, seatRelease, clock);
    recordPaymentStatus =
        new RecordPaymentStatusService(
            db.unitOfWork(),
            db.events(),
            db.bookings(),
            db.bookingLog(),
            db.bookingQueries(),
            views,
            followUps,
            seatRelease,
            settings.booking(),
            settings.payment(),
            metrics,
            clock);

    joinWaitlist =
        new JoinWaitlistService(
            db.unitOfWork(),
            db.events(),
            db.bookings(),
            db.waitlist(),
            db.waitlistAudit(),
            db.waitlistQueries(),
            clock);
    leaveWaitlist =
        new LeaveWaitlistService(
            db.unitOfWork(), db.events(), db.waitlist(), db.waitlistAudit(), seatRelease, clock);
    waitlistStatus = new GetWaitlistStatusService(db.waitlistQueries());
    listMyWaitlist = new ListMyWaitlistService(db.waitlistQueries());
    processWaitlist =
        new ProcessWaitlistService(db.unitOfWork(), db.events(), access, offers, clock);

    expirePendingBookings =
        new ExpirePendingBookingsService(
            db.unitOfWork(),
            db.bookingExpiry(),
            seatRelease,
            settings.booking(),
            metrics,
            clock,
            settings.expiryBatchSize());
    expireWaitlistNotifications =
        new ExpireWaitlistNotificationsService(
            db.unitOfWork(),
            db.events(),
            db.waitlist(),
            db.waitlistAudit(),
            seatRelease,
            metrics,
            clock);
    completeFinishedEvents =
        new CompleteFinishedEventsService(
            db.unitOfWork(), db.events(), db.bookings(), db.bookingLog(), closure, metrics, clock);
    applyAuditRetention =
        new ApplyAuditRetentionService(db.auditRetention(), settings.auditRetention(), clock);
    relayOutbox =
        new RelayOutboxService(
            db.unitOfWork(),
            db.outboxQueue(),
            peers.notifier(),
            peers.payments(),
            paymentStart,
            settings.outbox(),
            clock);

    listOrganizers = new ListOrganizersService(db.organizerQueries());
    getOrganizer =
        new GetOrganizerService(
            db.organizers(), db.eventQueries(), db.teamMembers(), db.faqItems(), clock);
    browseOrganizerEvents = new BrowseOrganizerEventsService(db.organizers(), db.eventQueries());
    listTeam = new ListTeamService(db.organizers(), access, db.teamMembers());
    addTeamMember = new AddTeamMemberService(access, db.teamMembers(), clock);
    replaceTeamMember = new ReplaceTeamMemberService(access, db.teamMembers(), clock);
    removeTeamMember = new RemoveTeamMemberService(access, db.teamMembers());
    listFaq = new ListFaqService(db.organizers(), access, db.faqItems());
    addFaqItem = new AddFaqItemService(access, db.faqItems(), clock);
    replaceFaqItem = new ReplaceFaqItemService(access, db.faqItems(), clock);
    removeFaqItem = new RemoveFaqItemService(access, db.faqItems());
    updateOrganizerProfile = new UpdateOrganizerProfileService(access, db.organizers(), clock);
    listOrganizerBookings =
        new ListOrganizerBookingsService(access, db.events(), db.organizerBookingQueries(), views);
    getOrganizerBooking =
        new GetOrganizerBookingService(access, db.events(), db.bookingQueries(), views);
    changeBookingStatus =
        new ChangeBookingStatusService(bookingChanges, access, db.events(), seatRelease, clock);
    bookingStatistics =
        new GetBookingStatisticsService(access, db.events(), db.organizerBookingQueries());

    addFavorite = new AddFavoriteService(db.events(), access, db.favorites(), clock);
    removeFavorite = new RemoveFavoriteService(db.favorites());
    favoriteStatus = new GetFavoriteStatusService(db.events(), access, db.favorites());
    listFavorites = new ListFavoritesService(db.favorites());
    countEventFavorites = new CountEventFavoritesService(db.events(), access, db.favorites());
  }

  /** The stores the use cases keep their state in; one transaction spans them all. */
  public record Stores(
      UnitOfWork unitOfWork,
      OrganizerRepository organizers,
      OrganizerQueries organizerQueries,
      TeamMemberRepository teamMembers,
      FaqItemRepository faqItems,
      EventRepository events,
      EventQueries eventQueries,
      FavoriteRepository favorites,
      BookingRepository bookings,
      NewBookings newBookings,
      BookingExpiry bookingExpiry,
      BookingQueries bookingQueries,
      OrganizerBookingQueries organizerBookingQueries,
      BookingLog bookingLog,
      IdempotencyKeys idempotencyKeys,
      WaitlistRepository waitlist,
      WaitlistQueries waitlistQueries,
      WaitlistAuditLog waitlistAudit,
      NotificationOutbox notificationOutbox,
      PaymentOutbox paymentOutbox,
      OutboxQueue outboxQueue,
      AuditRetention auditRetention) {
    public Stores {
      Objects.requireNonNull(unitOfWork, "unitOfWork");
      Objects.requireNonNull(organizers, "organizers");
      Objects.requireNonNull(organizerQueries, "organizerQueries");
      Objects.requireNonNull(teamMembers, "teamMembers");
      Objects.requireNonNull(faqItems, "faqItems");
      Objects.requireNonNull(events, "events");
      Objects.requireNonNull(eventQueries, "eventQueries");
      Objects.requireNonNull(favorites, "favorites");
      Objects.requireNonNull(bookings, "bookings");
      Objects.requireNonNull(newBookings, "newBookings");
      Objects.requireNonNull(bookingExpiry, "bookingExpiry");
      Objects.requireNonNull(bookingQueries, "bookingQueries");
      Objects.requireNonNull(organizerBookingQueries, "organizerBookingQueries");
      Objects.requireNonNull(bookingLog, "bookingLog");
      Objects.requireNonNull(idempotencyKeys, "idempotencyKeys");
      Objects.requireNonNull(waitlist, "waitlist");
      Objects.requireNonNull(waitlistQueries, "waitlistQueries");
      Objects.requireNonNull(waitlistAudit, "waitlistAudit");
      Objects.requireNonNull(notificationOutbox, "notificationOutbox");
      Objects.requireNonNull(paymentOutbox, "paymentOutbox");
      Objects.requireNonNull(outboxQueue, "outboxQueue");
      Objects.requireNonNull(auditRetention, "auditRetention");
    }
  }

  /** The other programs the use cases talk to, the service's clock and its business counters. */
  public record Peers(
      PaymentGateway payments,
      Notifier notifier,
      UserDirectory users,
      BusinessMetrics metrics,
      Clock clock) {
    public Peers {
      Objects.requireNonNull(payments, "payments");
      Objects.requireNonNull(notifier, "notifier");
      Objects.requireNonNull(users, "users");
      Objects.requireNonNull(metrics, "metrics");
      Objects.requireNonNull(clock, "clock");
    }
  }

  /**
   * What the operator configures: booking TTL and grace, the waitlist window, the outbox relay,
   * what a failed payment does, whether booking goes ahead while the user service is down, the
   * events' currency, the expiry job's batch size and how long audit rows are kept.
   */
  public record Settings(
      BookingPolicy booking,
      WaitlistPolicy waitlist,
      OutboxPolicy outbox,
      PaymentPolicy payment,
      boolean profileCheckFailsOpen,
      String currency,
      int expiryBatchSize,
      Duration auditRetention,
      int bookingBatchSize) {
    public Settings {
      Objects.requireNonNull(booking, "booking");
      Objects.requireNonNull(waitlist, "waitlist");
      Objects.requireNonNull(outbox, "outbox");
      Objects.requireNonNull(payment, "payment");
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(auditRetention, "auditRetention");
      if (expiryBatchSize < 1) {
        throw new IllegalArgumentException("expiryBatchSize must be positive");
      }
      if (bookingBatchSize < 1) {
        throw new IllegalArgumentException("bookingBatchSize must be positive");
      }
    }
  }

  /** The scheduled-jobs listing over {@code jobs}, which are built from these use cases. */
  public static ListScheduledJobsUseCase listScheduledJobs(ScheduledJobs jobs) {
    return new ListScheduledJobsService(jobs);
  }

  public CreateOrganizerUseCase createOrganizer() {
    return createOrganizer;
  }

  public CreateEventUseCase createEvent() {
    return createEvent;
  }

  public UpdateEventUseCase updateEvent() {
    return updateEvent;
  }

  public PublishEventUseCase publishEvent() {
    return publishEvent;
  }

  public CancelEventUseCase cancelEvent() {
    return cancelEvent;
  }

  public GetEventUseCase getEvent() {
    return getEvent;
  }

  public ListOrganizerEventsUseCase listOrganizerEvents() {
    return listOrganizerEvents;
  }

  public SearchEventsUseCase searchEvents() {
    return searchEvents;
  }

  public CreateBookingUseCase createBooking() {
    return createBooking;
  }

  public ListMyBookingsUseCase listMyBookings() {
    return listMyBookings;
  }

  public GetBookingUseCase getBooking() {
    return getBooking;
  }

  public ConfirmBookingUseCase confirmBooking() {
    return confirmBooking;
  }

  public CancelBookingUseCase cancelBooking() {
    return cancelBooking;
  }

  public LowerBookingSeatsUseCase lowerBookingSeats() {
    return lowerBookingSeats;
  }

  public RecordPaymentStatusUseCase recordPaymentStatus() {
    return recordPaymentStatus;
  }

  public JoinWaitlistUseCase joinWaitlist() {
    return joinWaitlist;
  }

  public LeaveWaitlistUseCase leaveWaitlist() {
    return leaveWaitlist;
  }

  public GetWaitlistStatusUseCase waitlistStatus() {
    return waitlistStatus;
  }

  public ListMyWaitlistUseCase listMyWaitlist() {
    return listMyWaitlist;
  }

  public ProcessWaitlistUseCase processWaitlist() {
    return processWaitlist;
  }

  public ExpirePendingBookingsUseCase expirePendingBookings() {
    return expirePendingBookings;
  }

  public ExpireWaitlistNotificationsUseCase expireWaitlistNotifications() {
    return expireWaitlistNotifications;
  }

  public CompleteFinishedEventsUseCase completeFinishedEvents() {
    return completeFinishedEvents;
  }

  public ApplyAuditRetentionUseCase applyAuditRetention() {
    return applyAuditRetention;
  }

  public RelayOutboxUseCase relayOutbox() {
    return relayOutbox;
  }

  public ListOrganizersUseCase listOrganizers() {
    return listOrganizers;
  }

  public GetOrganizerUseCase getOrganizer() {
    return getOrganizer;
  }

  public BrowseOrganizerEventsUseCase browseOrganizerEvents() {
    return browseOrganizerEvents;
  }

  public ListTeamUseCase listTeam() {
    return listTeam;
  }

  public AddTeamMemberUseCase addTeamMember() {
    return addTeamMember;
  }

  public ReplaceTeamMemberUseCase replaceTeamMember() {
    return replaceTeamMember;
  }

  public RemoveTeamMemberUseCase removeTeamMember() {
    return removeTeamMember;
  }

  public ListFaqUseCase listFaq() {
    return listFaq;
  }

  public AddFaqItemUseCase addFaqItem() {
    return addFaqItem;
  }

  public ReplaceFaqItemUseCase replaceFaqItem() {
    return replaceFaqItem;
  }

  public RemoveFaqItemUseCase removeFaqItem() {
    return removeFaqItem;
  }

  public UpdateOrganizerProfileUseCase updateOrganizerProfile() {
    return updateOrganizerProfile;
  }

  public ListOrganizerBookingsUseCase listOrganizerBookings() {
    return listOrganizerBookings;
  }

  public GetOrganizerBookingUseCase getOrganizerBooking() {
    return getOrganizerBooking;
  }

  public ChangeBookingStatusUseCase changeBookingStatus() {
    return changeBookingStatus;
  }

  public GetBookingStatisticsUseCase bookingStatistics() {
    return bookingStatistics;
  }

  public AddFavoriteUseCase addFavorite() {
    return addFavorite;
  }

  public RemoveFavoriteUseCase removeFavorite() {
    return removeFavorite;
  }

  public GetFavoriteStatusUseCase favoriteStatus() {
    return favoriteStatus;
  }

  public ListFavoritesUseCase listFavorites() {
    return listFavorites;
  }

  public CountEventFavoritesUseCase countEventFavorites() {
    return countEventFavorites;
  }
}
