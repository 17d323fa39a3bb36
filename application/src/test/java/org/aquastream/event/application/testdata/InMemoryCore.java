package org.aquastream.event.application.testdata;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aquastream.event.application.fake.FakePaymentService;
import org.aquastream.event.application.fake.InMemoryBookingLog;
import org.aquastream.event.application.fake.InMemoryBookingQueries;
import org.aquastream.event.application.fake.InMemoryBookingRepository;
import org.aquastream.event.application.fake.InMemoryDatabase;
import org.aquastream.event.application.fake.InMemoryEventQueries;
import org.aquastream.event.application.fake.InMemoryEventRepository;
import org.aquastream.event.application.fake.InMemoryFaqItemRepository;
import org.aquastream.event.application.fake.InMemoryFavoriteRepository;
import org.aquastream.event.application.fake.InMemoryIdempotencyKeys;
import org.aquastream.event.application.fake.InMemoryOrganizerBookingQueries;
import org.aquastream.event.application.fake.InMemoryOrganizerQueries;
import org.aquastream.event.application.fake.InMemoryOrganizerRepository;
import org.aquastream.event.application.fake.InMemoryOutbox;
import org.aquastream.event.application.fake.InMemoryTeamMemberRepository;
import org.aquastream.event.application.fake.InMemoryUnitOfWork;
import org.aquastream.event.application.fake.InMemoryWaitlistAuditLog;
import org.aquastream.event.application.fake.InMemoryWaitlistQueries;
import org.aquastream.event.application.fake.InMemoryWaitlistRepository;
import org.aquastream.event.application.fake.MutableClock;
import org.aquastream.event.application.fake.RecordingBusinessMetrics;
import org.aquastream.event.application.fake.RecordingNotifier;
import org.aquastream.event.application.fake.StubUserDirectory;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
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
import org.aquastream.event.application.port.out.booking.UserDirectory;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.service.booking.BookingChanges;
import org.aquastream.event.application.service.booking.BookingFollowUps;
import org.aquastream.event.application.service.booking.BookingPolicy;
import org.aquastream.event.application.service.booking.BookingViews;
import org.aquastream.event.application.service.booking.CancelBookingService;
import org.aquastream.event.application.service.booking.ChangeBookingStatusService;
import org.aquastream.event.application.service.booking.ConfirmBookingService;
import org.aquastream.event.application.service.booking.CreateBookingService;
import org.aquastream.event.application.service.booking.ExpirePendingBookingsService;
import org.aquastream.event.application.service.booking.GetBookingService;
import org.aquastream.event.application.service.booking.GetBookingStatisticsService;
import org.aquastream.event.application.service.booking.GetOrganizerBookingService;
import org.aquastream.event.application.service.booking.ListMyBookingsService;
import org.aquastream.event.application.service.booking.ListOrganizerBookingsService;
import org.aquastream.event.application.service.booking.PaymentPolicy;
import org.aquastream.event.application.service.booking.PaymentStart;
import org.aquastream.event.application.service.booking.ProfileRequirement;
import org.aquastream.event.application.service.booking.RecordPaymentStatusService;
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
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistAuditEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntry;

/**
 * Every application service wired over the in-memory fakes, a {@link MutableClock} at {@link
 * TestTimes#NOW}, the contract's booking policy (TTL 30 min, grace 5 min) and waitlist policy
 * (window 30 min, auto-process on unless told otherwise). One instance is one empty database; seed
 * it with {@code store(...)}, act through the use cases, read back with {@code event(...)}, {@code
 * booking(...)} and {@code logOf(...)}.
 */
public final class InMemoryCore {
  public static final BookingPolicy POLICY =
      new BookingPolicy(Duration.ofMinutes(30), Duration.ofMinutes(5));
  public static final WaitlistPolicy WAITLIST = new WaitlistPolicy(Duration.ofMinutes(30), true);

  /** Small, so that tests with a handful of due bookings cross batch boundaries. */
  public static final int EXPIRY_BATCH_SIZE = 3;

  /**
   * Relay batches of 10, 5 attempts, backoff 10 s doubling up to 5 min, a lease of 1 min (which is
   * also how long a new paid booking's payment is left to the booking request).
   */
  public static final OutboxPolicy OUTBOX =
      new OutboxPolicy(10, 5, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(1));

  private final MutableClock clock = new MutableClock(TestTimes.NOW);
  private final StubUserDirectory users = new StubUserDirectory();
  private final RecordingBusinessMetrics metrics = new RecordingBusinessMetrics();
  private final FakePaymentService payments = new FakePaymentService();
  private final RecordingNotifier notifier = new RecordingNotifier();
  private volatile Runnable onProfileCheck = () -> {};

  private final InMemoryOrganizerRepository organizers;
  private final InMemoryEventRepository events;
  private final InMemoryBookingRepository bookings;
  private final InMemoryBookingLog bookingLog;
  private final InMemoryBookingQueries bookingQueries;
  private final InMemoryWaitlistRepository waitlist;
  private final InMemoryWaitlistAuditLog waitlistAudit;
  private final InMemoryOutbox outbox;

  private final CreateOrganizerUseCase createOrganizer;
  private final CreateEventUseCase createEvent;
  private final UpdateEventUseCase updateEvent;
  private final PublishEventUseCase publishEvent;
  private final CancelEventUseCase cancelEvent;
  private final GetEventUseCase getEvent;
  private final ListOrganizerEventsUseCase listOrganizerEvents;
  private final SearchEventsUseCase searchEvents;
  private final CreateBookingUseCase createBooking;
  private final ListMyBookingsUseCase listMyBookings;
  private final GetBookingUseCase getBooking;
  private final ConfirmBookingUseCase confirmBooking;
  private final CancelBookingUseCase cancelBooking;
  private final JoinWaitlistUseCase joinWaitlist;
  private final LeaveWaitlistUseCase leaveWaitlist;
  private final GetWaitlistStatusUseCase waitlistStatus;
  private final ListMyWaitlistUseCase listMyWaitlist;
  private final ProcessWaitlistUseCase processWaitlist;
  private final ExpirePendingBookingsUseCase expirePendingBookings;
  private final ExpireWaitlistNotificationsUseCase expireWaitlistNotifications;
  private final CompleteFinishedEventsUseCase completeFinishedEvents;
  private final RelayOutboxUseCase relayOutbox;
  private final RecordPaymentStatusUseCase recordPaymentStatus;

  private final ListOrganizersUseCase listOrganizers;
  private final GetOrganizerUseCase getOrganizer;
  private final BrowseOrganizerEventsUseCase browseOrganizerEvents;
  private final ListTeamUseCase listTeam;
  private final AddTeamMemberUseCase addTeamMember;
  private final ReplaceTeamMemberUseCase replaceTeamMember;
  private final RemoveTeamMemberUseCase removeTeamMember;
  private final ListFaqUseCase listFaq;
  private final AddFaqItemUseCase addFaqItem;
  private final ReplaceFaqItemUseCase replaceFaqItem;
  private final RemoveFaqItemUseCase removeFaqItem;
  private final UpdateOrganizerProfileUseCase updateOrganizerProfile;
  private final ListOrganizerBookingsUseCase listOrganizerBookings;
  private final GetOrganizerBookingUseCase getOrganizerBooking;
  private final ChangeBookingStatusUseCase changeBookingStatus;
  private final GetBookingStatisticsUseCase bookingStatistics;
  private final AddFavoriteUseCase addFavorite;
  private final RemoveFavoriteUseCase removeFavorite;
  private final GetFavoriteStatusUseCase favoriteStatus;
  private final ListFavoritesUseCase listFavorites;
  private final CountEventFavoritesUseCase countEventFavorites;

  public InMemoryCore() {
    this(WAITLIST);
  }

  public InMemoryCore(WaitlistPolicy waitlistPolicy) {
    this(waitlistPolicy, new PaymentPolicy(false), false);
  }

  /**
   * @param paymentPolicy what a failed payment does
   * @param profileCheckFailsOpen whether booking goes ahead while the user directory is down
   */
  public InMemoryCore(
      WaitlistPolicy waitlistPolicy, PaymentPolicy paymentPolicy, boolean profileCheckFailsOpen) {
    InMemoryDatabase db = new InMemoryDatabase();
    InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(db);
    organizers = new InMemoryOrganizerRepository(db);
    events = new InMemoryEventRepository(db);
    bookings = new InMemoryBookingRepository(db);
    bookingLog = new InMemoryBookingLog(db);
    bookingQueries = new InMemoryBookingQueries(db);
    InMemoryEventQueries eventQueries = new InMemoryEventQueries(db);
    InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys(db);
    waitlist = new InMemoryWaitlistRepository(db);
    waitlistAudit = new InMemoryWaitlistAuditLog(db);
    outbox = new InMemoryOutbox(db);
    InMemoryWaitlistQueries waitlistQueries = new InMemoryWaitlistQueries(db);
    UserDirectory directory =
        user -> {
          onProfileCheck.run();
          return users.hasCompleteProfile(user);
        };

    OrganizerAccess access = new OrganizerAccess(organizers);
    EventChanges changes = new EventChanges(unitOfWork, events, eventQueries, access);
    BookingViews views = new BookingViews(clock, POLICY);
    WaitlistOffers offers =
        new WaitlistOffers(events, waitlist, waitlistAudit, outbox, waitlistPolicy, metrics, clock);
    SeatRelease seatRelease = new SeatRelease(events, offers, waitlistPolicy);
    WaitlistClosure closure = new WaitlistClosure(waitlist, waitlistAudit, outbox);
    BookingFollowUps followUps = new BookingFollowUps(outbox, outbox, OUTBOX, clock);
    PaymentStart paymentStart =
        new PaymentStart(unitOfWork, bookings, payments, outbox, views, OUTBOX, clock);

    createOrganizer = new CreateOrganizerService(organizers, clock);
    createEvent = new CreateEventService(access, events, clock, TestEvents.CURRENCY);
    updateEvent = new UpdateEventService(changes, seatRelease, clock);
    publishEvent = new PublishEventService(changes, clock);
    cancelEvent =
        new CancelEventService(changes, bookings, bookingLog, closure, metrics, followUps, clock);
    getEvent = new GetEventService(eventQueries, access);
    listOrganizerEvents = new ListOrganizerEventsService(access, eventQueries);
    searchEvents = new SearchEventsService(eventQueries);
    createBooking =
        new CreateBookingService(
            unitOfWork,
            events,
            bookings,
            bookingLog,
            idempotencyKeys,
            new WaitlistSeats(events, waitlist, waitlistAudit),
            new ProfileRequirement(directory, profileCheckFailsOpen),
            followUps,
            paymentStart,
            views,
            POLICY,
            metrics,
            clock);
    listMyBookings = new ListMyBookingsService(bookingQueries, views);
    getBooking = new GetBookingService(bookingQueries, views);
    BookingChanges bookingChanges =
        new BookingChanges(
            unitOfWork, events, bookings, bookingLog, bookingQueries, views, metrics, followUps);
    confirmBooking = new ConfirmBookingService(bookingChanges, POLICY, clock);
    cancelBooking = new CancelBookingService(bookingChanges, seatRelease, clock);

    InMemoryTeamMemberRepository team = new InMemoryTeamMemberRepository(db);
    InMemoryFaqItemRepository faq = new InMemoryFaqItemRepository(db);
    InMemoryFavoriteRepository favorites = new InMemoryFavoriteRepository(db);
    InMemoryOrganizerBookingQueries organizerBookings = new InMemoryOrganizerBookingQueries(db);
    listOrganizers = new ListOrganizersService(new InMemoryOrganizerQueries(db));
    getOrganizer = new GetOrganizerService(organizers, eventQueries, team, faq, clock);
    browseOrganizerEvents = new BrowseOrganizerEventsService(organizers, eventQueries);
    listTeam = new ListTeamService(organizers, access, team);
    addTeamMember = new AddTeamMemberService(access, team, clock);
    replaceTeamMember = new ReplaceTeamMemberService(access, team, clock);
    removeTeamMember = new RemoveTeamMemberService(access, team);
    listFaq = new ListFaqService(organizers, access, faq);
    addFaqItem = new AddFaqItemService(access, faq, clock);
    replaceFaqItem = new ReplaceFaqItemService(access, faq, clock);
    removeFaqItem = new RemoveFaqItemService(access, faq);
    updateOrganizerProfile = new UpdateOrganizerProfileService(access, organizers, clock);
    listOrganizerBookings =
        new ListOrganizerBookingsService(access, events, organizerBookings, views);
    getOrganizerBooking = new GetOrganizerBookingService(access, events, bookingQueries, views);
    changeBookingStatus =
        new ChangeBookingStatusService(bookingChanges, access, events, seatRelease, clock);
    bookingStatistics = new GetBookingStatisticsService(access, events, organizerBookings);
    addFavorite = new AddFavoriteService(events, access, favorites, clock);
    removeFavorite = new RemoveFavoriteService(favorites);
    favoriteStatus = new GetFavoriteStatusService(events, access, favorites);
    listFavorites = new ListFavoritesService(favorites);
    countEventFavorites = new CountEventFavoritesService(events, access, favorites);
    joinWaitlist =
        new JoinWaitlistService(
            unitOfWork, events, bookings, waitlist, waitlistAudit, waitlistQueries, clock);
    leaveWaitlist =
        new LeaveWaitlistService(unitOfWork, events, waitlist, waitlistAudit, seatRelease, clock);
    waitlistStatus = new GetWaitlistStatusService(waitlistQueries);
    listMyWaitlist = new ListMyWaitlistService(waitlistQueries);
    processWaitlist = new ProcessWaitlistService(unitOfWork, events, access, offers, clock);
    expirePendingBookings =
        new ExpirePendingBookingsService(
            unitOfWork,
            events,
            bookings,
            bookingLog,
            seatRelease,
            POLICY,
            metrics,
            followUps,
            clock,
            EXPIRY_BATCH_SIZE);
    expireWaitlistNotifications =
        new ExpireWaitlistNotificationsService(
            unitOfWork, events, waitlist, waitlistAudit, seatRelease, metrics, clock);
    completeFinishedEvents =
        new CompleteFinishedEventsService(
            unitOfWork, events, bookings, bookingLog, closure, metrics, clock);
    relayOutbox =
        new RelayOutboxService(unitOfWork, outbox, notifier, payments, paymentStart, OUTBOX, clock);
    recordPaymentStatus =
        new RecordPaymentStatusService(
            unitOfWork,
            events,
            bookings,
            bookingLog,
            bookingQueries,
            views,
            followUps,
            seatRelease,
            POLICY,
            paymentPolicy,
            metrics,
            clock);
  }

  /** The business counters the use cases recorded. */
  public RecordingBusinessMetrics metrics() {
    return metrics;
  }

  // ---- the use cases ----

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

  public RelayOutboxUseCase relayOutbox() {
    return relayOutbox;
  }

  public RecordPaymentStatusUseCase recordPaymentStatus() {
    return recordPaymentStatus;
  }

  // ---- the world around them ----

  /** The Payment Service: opens payments and takes refunds until a test takes it down. */
  public FakePaymentService payments() {
    return payments;
  }

  /** The Notification Service the relay delivers to. */
  public RecordingNotifier notifier() {
    return notifier;
  }

  /** Every outbox message with its delivery state. */
  public InMemoryOutbox outbox() {
    return outbox;
  }

  public MutableClock clock() {
    return clock;
  }

  /** The user directory: every profile is complete until a test says otherwise. */
  public StubUserDirectory users() {
    return users;
  }

  /**
   * Runs {@code action} whenever a booking asks the user directory, i.e. between the booking's
   * first look at the event and its transaction; lets a test change the world in that gap.
   */
  public void onProfileCheck(Runnable action) {
    onProfileCheck = Objects.requireNonNull(action);
  }

  // ---- seeding ----

  public Organizer store(Organizer organizer) {
    if (!organizers.insert(organizer)) {
      throw new IllegalStateException("slug or owner already taken: " + organizer.slug());
    }
    return organizer;
  }

  /** Stores a new organizer with its own slug and owner. */
  public Organizer anOrganizer() {
    return store(TestOrganizers.anOrganizer().build());
  }

  /**
   * Stores an event; when its organizer is not stored yet, an organizer with that id is stored too
   * (a real event always has one, and every event view shows it).
   */
  public Event store(Event event) {
    if (organizers.findById(event.organizerId()).isEmpty()) {
      store(TestOrganizers.anOrganizer().id(event.organizerId()).build());
    }
    events.insert(event);
    return event;
  }

  /**
   * Stores a booking as it is; one that holds a seat takes it from its event first, so that the
   * event's seat count stays true.
   */
  public Booking store(Booking booking) {
    if (booking.status().holdsSeat() && !events.takeSeat(booking.eventId())) {
      throw new IllegalStateException("no free seat for " + booking.id());
    }
    bookings.update(booking);
    return booking;
  }

  /** Books through the use case and returns the booking; fails unless a seat was taken. */
  public Booking book(Actor actor, EventId event) {
    BookingOutcome outcome =
        createBooking.book(new CreateBookingUseCase.Command(actor, event, Optional.empty()));
    if (!(outcome instanceof BookingOutcome.Booked booked)) {
      throw new IllegalStateException("expected a booking but got " + outcome);
    }
    return booked.booking().booking();
  }

  // ---- reading back ----

  public Event event(EventId id) {
    return events.findById(id).orElseThrow(() -> new IllegalStateException("no event " + id));
  }

  public Booking booking(BookingId id) {
    return bookings.findById(id).orElseThrow(() -> new IllegalStateException("no booking " + id));
  }

  public Optional<Organizer> organizerBySlug(String slug) {
    return organizers.findBySlug(new Slug(slug));
  }

  public Optional<Organizer> organizerOwnedBy(UserId owner) {
    return organizers.findByOwner(owner);
  }

  public List<Booking> activeBookingsOf(EventId event) {
    return bookings.lockActiveByEvent(event);
  }

  public List<BookingLogEntry> logOf(BookingId booking) {
    return bookingLog.entriesOf(booking);
  }

  public List<BookingLogEntry> wholeLog() {
    return bookingLog.all();
  }

  public InMemoryBookingQueries bookingQueries() {
    return bookingQueries;
  }

  /** Joins through the use case and returns the stored entry. */
  public WaitlistEntry join(Actor actor, EventId event) {
    return joinWaitlist.join(actor, event).entry();
  }

  /** The user's queued entry for the event, or the latest one when not queued. */
  public WaitlistEntry entryOf(Actor actor, EventId event) {
    return waitlist.all().stream()
        .filter(e -> e.eventId().equals(event) && e.belongsTo(actor.userId()))
        .min(
            java.util.Comparator.comparing((WaitlistEntry e) -> !e.isQueued())
                .thenComparing(
                    java.util.Comparator.comparingLong(WaitlistEntry::priority).reversed()))
        .orElseThrow(() -> new IllegalStateException("no waitlist entry of " + actor));
  }

  public List<WaitlistEntry> waitlistOf(EventId event) {
    return waitlist.all().stream().filter(e -> e.eventId().equals(event)).toList();
  }

  public List<WaitlistAuditEntry> waitlistAudit() {
    return waitlistAudit.all();
  }

  /** The notifications recorded in the outbox (not necessarily delivered yet). */
  public List<Notification> notifications() {
    return outbox.notifications();
  }

  /** The recorded notifications of one template. */
  public List<Notification> notifications(NotificationTemplate template) {
    return outbox.notifications().stream().filter(n -> n.template() == template).toList();
  }

  /**
   * What {@code available} must be by the seat invariant: capacity − active bookings − seats held
   * for NOTIFIED waitlist entries.
   */
  public int availableByInvariant(EventId id) {
    Event event = event(id);
    long active =
        bookings.lockActiveByEvent(id).stream()
            .filter(
                b -> b.status() == BookingStatus.PENDING || b.status() == BookingStatus.CONFIRMED)
            .count();
    long held = waitlistOf(id).stream().filter(WaitlistEntry::holdsSeat).count();
    return (int) (event.capacity().value() - active - held);
  }
}
