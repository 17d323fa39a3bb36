package org.aquastream.event.application.testdata;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aquastream.event.application.UseCases;
import org.aquastream.event.application.fake.FakePaymentService;
import org.aquastream.event.application.fake.InMemoryAuditRetention;
import org.aquastream.event.application.fake.InMemoryBookingExpiry;
import org.aquastream.event.application.fake.InMemoryBookingLog;
import org.aquastream.event.application.fake.InMemoryBookingQueries;
import org.aquastream.event.application.fake.InMemoryBookingRepository;
import org.aquastream.event.application.fake.InMemoryDatabase;
import org.aquastream.event.application.fake.InMemoryEventQueries;
import org.aquastream.event.application.fake.InMemoryEventRepository;
import org.aquastream.event.application.fake.InMemoryFaqItemRepository;
import org.aquastream.event.application.fake.InMemoryFavoriteRepository;
import org.aquastream.event.application.fake.InMemoryIdempotencyKeys;
import org.aquastream.event.application.fake.InMemoryNewBookings;
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
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase;
import org.aquastream.event.application.port.out.booking.UserDirectory;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.service.booking.BookingPolicy;
import org.aquastream.event.application.service.booking.PaymentPolicy;
import org.aquastream.event.application.service.operations.OutboxPolicy;
import org.aquastream.event.application.service.waitlist.WaitlistPolicy;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestOrganizers;
import org.aquastream.event.domain.testdata.TestTimes;
import org.aquastream.event.domain.waitlist.WaitlistAuditEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntry;

/**
 * The application's {@link UseCases} wired over the in-memory fakes, a {@link MutableClock} at
 * {@link TestTimes#NOW}, the contract's booking policy (TTL 30 min, grace 5 min) and waitlist
 * policy (window 30 min, auto-process on unless told otherwise). One instance is one empty
 * database; seed it with {@code store(...)}, act through the use cases, read back with {@code
 * event(...)}, {@code booking(...)} and {@code logOf(...)}.
 */
public final class InMemoryCore extends UseCases {
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

  /** Waiting booking requests for one event that may share a transaction. */
  public static final int BOOKING_BATCH_SIZE = 16;

  /** How long audit rows are kept by the retention job. */
  public static final Duration AUDIT_RETENTION = Duration.ofDays(90);

  private final World world;

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
    this(
        new World(),
        new Settings(
            POLICY,
            waitlistPolicy,
            OUTBOX,
            paymentPolicy,
            profileCheckFailsOpen,
            TestEvents.CURRENCY,
            EXPIRY_BATCH_SIZE,
            AUDIT_RETENTION,
            BOOKING_BATCH_SIZE));
  }

  private InMemoryCore(World world, Settings settings) {
    super(world.stores(), world.peers(), settings);
    this.world = world;
  }

  /** The fakes behind the ports: one in-memory database and the peers around the service. */
  private static final class World {
    final InMemoryDatabase db = new InMemoryDatabase();
    final MutableClock clock = new MutableClock(TestTimes.NOW);
    final StubUserDirectory users = new StubUserDirectory();
    final RecordingBusinessMetrics metrics = new RecordingBusinessMetrics();
    final FakePaymentService payments = new FakePaymentService();
    final RecordingNotifier notifier = new RecordingNotifier();
    final InMemoryOrganizerRepository organizers = new InMemoryOrganizerRepository(db);
    final InMemoryEventRepository events = new InMemoryEventRepository(db);
    final InMemoryBookingRepository bookings = new InMemoryBookingRepository(db);
    final InMemoryBookingLog bookingLog = new InMemoryBookingLog(db);
    final InMemoryBookingQueries bookingQueries = new InMemoryBookingQueries(db);
    final InMemoryWaitlistRepository waitlist = new InMemoryWaitlistRepository(db);
    final InMemoryWaitlistAuditLog waitlistAudit = new InMemoryWaitlistAuditLog(db);
    final InMemoryOutbox outbox = new InMemoryOutbox(db);
    volatile Runnable onProfileCheck = () -> {};

    Stores stores() {
      return new Stores(
          new InMemoryUnitOfWork(db),
          organizers,
          new InMemoryOrganizerQueries(db),
          new InMemoryTeamMemberRepository(db),
          new InMemoryFaqItemRepository(db),
          events,
          new InMemoryEventQueries(db),
          new InMemoryFavoriteRepository(db),
          bookings,
          new InMemoryNewBookings(db),
          new InMemoryBookingExpiry(db),
          bookingQueries,
          new InMemoryOrganizerBookingQueries(db),
          bookingLog,
          new InMemoryIdempotencyKeys(db),
          waitlist,
          new InMemoryWaitlistQueries(db),
          waitlistAudit,
          outbox,
          outbox,
          outbox,
          new InMemoryAuditRetention(db));
    }

    Peers peers() {
      UserDirectory directory =
          user -> {
            onProfileCheck.run();
            return users.hasCompleteProfile(user);
          };
      return new Peers(payments, notifier, directory, metrics, clock);
    }
  }

  /** The business counters the use cases recorded. */
  public RecordingBusinessMetrics metrics() {
    return world.metrics;
  }

  // ---- the world around them ----

  /** The Payment Service: opens payments and takes refunds until a test takes it down. */
  public FakePaymentService payments() {
    return world.payments;
  }

  /** The Notification Service the relay delivers to. */
  public RecordingNotifier notifier() {
    return world.notifier;
  }

  /** Every outbox message with its delivery state. */
  public InMemoryOutbox outbox() {
    return world.outbox;
  }

  public MutableClock clock() {
    return world.clock;
  }

  /** The user directory: every profile is complete until a test says otherwise. */
  public StubUserDirectory users() {
    return world.users;
  }

  /**
   * Runs {@code action} whenever a booking asks the user directory, i.e. between the booking's
   * first look at the event and its transaction; lets a test change the world in that gap.
   */
  public void onProfileCheck(Runnable action) {
    world.onProfileCheck = Objects.requireNonNull(action);
  }

  // ---- seeding ----

  public Organizer store(Organizer organizer) {
    if (!world.organizers.insert(organizer)) {
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
    if (world.organizers.findById(event.organizerId()).isEmpty()) {
      store(TestOrganizers.anOrganizer().id(event.organizerId()).build());
    }
    world.events.insert(event);
    return event;
  }

  /**
   * Stores a booking as it is; one that holds seats takes them from its event first, so that the
   * event's seat count stays true.
   */
  public Booking store(Booking booking) {
    if (booking.status().holdsSeat()
        && !world.events.takeSeats(booking.eventId(), booking.seats())) {
      throw new IllegalStateException("no free seats for " + booking.id());
    }
    world.bookings.update(booking);
    return booking;
  }

  /** Books through the use case and returns the booking; fails unless a seat was taken. */
  public Booking book(Actor actor, EventId event) {
    return book(actor, event, 1);
  }

  /** Books {@code seats} for a party; fails unless they were taken. */
  public Booking book(Actor actor, EventId event, int seats) {
    BookingOutcome outcome =
        createBooking()
            .book(new CreateBookingUseCase.Command(actor, event, seats, Optional.empty()));
    if (!(outcome instanceof BookingOutcome.Booked booked)) {
      throw new IllegalStateException("expected a booking but got " + outcome);
    }
    return booked.booking().booking();
  }

  // ---- reading back ----

  public Event event(EventId id) {
    return world.events.findById(id).orElseThrow(() -> new IllegalStateException("no event " + id));
  }

  public Booking booking(BookingId id) {
    return world
        .bookings
        .findById(id)
        .orElseThrow(() -> new IllegalStateException("no booking " + id));
  }

  public Optional<Organizer> organizerBySlug(String slug) {
    return world.organizers.findBySlug(new Slug(slug));
  }

  public Optional<Organizer> organizerOwnedBy(UserId owner) {
    return world.organizers.findByOwner(owner);
  }

  public List<Booking> activeBookingsOf(EventId event) {
    return world.bookings.lockActiveByEvent(event);
  }

  public List<BookingLogEntry> logOf(BookingId booking) {
    return world.bookingLog.entriesOf(booking);
  }

  public List<BookingLogEntry> wholeLog() {
    return world.bookingLog.all();
  }

  public InMemoryBookingQueries bookingQueries() {
    return world.bookingQueries;
  }

  /** Joins through the use case and returns the stored entry. */
  public WaitlistEntry join(Actor actor, EventId event) {
    return join(actor, event, 1);
  }

  /** Joins for a party of {@code seats} through the use case and returns the stored entry. */
  public WaitlistEntry join(Actor actor, EventId event, int seats) {
    return joinWaitlist().join(actor, event, seats).entry();
  }

  /** The user's queued entry for the event, or the latest one when not queued. */
  public WaitlistEntry entryOf(Actor actor, EventId event) {
    return world.waitlist.all().stream()
        .filter(e -> e.eventId().equals(event) && e.belongsTo(actor.userId()))
        .min(
            java.util.Comparator.comparing((WaitlistEntry e) -> !e.isQueued())
                .thenComparing(
                    java.util.Comparator.comparingLong(WaitlistEntry::priority).reversed()))
        .orElseThrow(() -> new IllegalStateException("no waitlist entry of " + actor));
  }

  public List<WaitlistEntry> waitlistOf(EventId event) {
    return world.waitlist.all().stream().filter(e -> e.eventId().equals(event)).toList();
  }

  public List<WaitlistAuditEntry> waitlistAudit() {
    return world.waitlistAudit.all();
  }

  /** The notifications recorded in the outbox (not necessarily delivered yet). */
  public List<Notification> notifications() {
    return world.outbox.notifications();
  }

  /** The recorded notifications of one template. */
  public List<Notification> notifications(NotificationTemplate template) {
    return world.outbox.notifications().stream().filter(n -> n.template() == template).toList();
  }

  /**
   * What {@code available} must be by the seat invariant: capacity − the seats of active bookings −
   * the seats held for NOTIFIED waitlist entries.
   */
  public int availableByInvariant(EventId id) {
    Event event = event(id);
    int booked =
        world.bookings.lockActiveByEvent(id).stream()
            .filter(b -> b.status().holdsSeat())
            .mapToInt(Booking::seats)
            .sum();
    int held = waitlistOf(id).stream().mapToInt(WaitlistEntry::heldSeats).sum();
    return event.capacity().value() - booked - held;
  }
}
