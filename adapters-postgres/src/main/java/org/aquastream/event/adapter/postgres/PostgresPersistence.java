package org.aquastream.event.adapter.postgres;

import java.time.Instant;
import javax.sql.DataSource;
import org.aquastream.event.application.UseCases;
import org.aquastream.event.application.port.out.booking.BookingExpiry;
import org.aquastream.event.application.port.out.booking.BookingLog;
import org.aquastream.event.application.port.out.booking.BookingQueries;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.application.port.out.booking.IdempotencyKeys;
import org.aquastream.event.application.port.out.booking.NewBookings;
import org.aquastream.event.application.port.out.booking.OrganizerBookingQueries;
import org.aquastream.event.application.port.out.event.EventQueries;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.favorite.FavoriteRepository;
import org.aquastream.event.application.port.out.operations.AuditRetention;
import org.aquastream.event.application.port.out.organizer.FaqItemRepository;
import org.aquastream.event.application.port.out.organizer.OrganizerQueries;
import org.aquastream.event.application.port.out.organizer.OrganizerRepository;
import org.aquastream.event.application.port.out.organizer.TeamMemberRepository;
import org.aquastream.event.application.port.out.outbox.NotificationOutbox;
import org.aquastream.event.application.port.out.outbox.OutboxQueue;
import org.aquastream.event.application.port.out.outbox.PaymentOutbox;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.port.out.waitlist.WaitlistAuditLog;
import org.aquastream.event.application.port.out.waitlist.WaitlistQueries;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;

/**
 * The PostgreSQL side of the service: one Jdbi over the given pool and every outbound port built on
 * it, so that repository calls inside {@link #unitOfWork()} share its transaction. Run {@link
 * PostgresMigrations#migrate} on the same database first.
 */
public final class PostgresPersistence {
  private final UnitOfWork unitOfWork;
  private final OrganizerRepository organizers;
  private final EventRepository events;
  private final EventQueries eventQueries;
  private final BookingRepository bookings;
  private final NewBookings newBookings;
  private final BookingExpiry bookingExpiry;
  private final BookingQueries bookingQueries;
  private final BookingLog bookingLog;
  private final IdempotencyKeys idempotencyKeys;
  private final TeamMemberRepository teamMembers;
  private final FaqItemRepository faqItems;
  private final FavoriteRepository favorites;
  private final OrganizerQueries organizerQueries;
  private final OrganizerBookingQueries organizerBookingQueries;
  private final WaitlistRepository waitlist;
  private final WaitlistQueries waitlistQueries;
  private final WaitlistAuditLog waitlistAudit;
  private final JdbiOutbox outbox;
  private final AuditRetention auditRetention;

  public PostgresPersistence(DataSource dataSource) {
    this(dataSource, Instant::now);
  }

  /** The ports on {@code dataSource}; the outbox stamps its messages with {@code clock}. */
  public PostgresPersistence(DataSource dataSource, Clock clock) {
    this(new Database(dataSource), clock);
  }

  /** Builds the ports on {@code database}; tests use it to run their own SQL in the same Jdbi. */
  PostgresPersistence(Database database) {
    this(database, Instant::now);
  }

  private PostgresPersistence(Database database, Clock clock) {
    this.unitOfWork = new JdbiUnitOfWork(database);
    this.organizers = new JdbiOrganizerRepository(database);
    this.events = new JdbiEventRepository(database);
    this.eventQueries = new JdbiEventQueries(database);
    this.bookings = new JdbiBookingRepository(database);
    this.newBookings = new JdbiNewBookings(database, clock);
    this.bookingExpiry = new JdbiBookingExpiry(database);
    this.bookingQueries = new JdbiBookingQueries(database);
    this.bookingLog = new JdbiBookingLog(database);
    this.idempotencyKeys = new JdbiIdempotencyKeys(database);
    this.teamMembers = new JdbiTeamMemberRepository(database);
    this.faqItems = new JdbiFaqItemRepository(database);
    this.favorites = new JdbiFavoriteRepository(database);
    this.organizerQueries = new JdbiOrganizerQueries(database);
    this.organizerBookingQueries = new JdbiOrganizerBookingQueries(database);
    this.waitlist = new JdbiWaitlistRepository(database);
    this.waitlistQueries = new JdbiWaitlistQueries(database);
    this.waitlistAudit = new JdbiWaitlistAuditLog(database);
    this.outbox = new JdbiOutbox(database, clock);
    this.auditRetention = new JdbiAuditRetention(database);
  }

  /** Every store the application's use cases need, on this one Jdbi. */
  public UseCases.Stores stores() {
    return stores(catalogQueries());
  }

  /**
   * Every store the use cases need, the catalog's queries taken from {@code catalog} (a replica's,
   * or routed between replica and primary) and the rest on this one Jdbi.
   */
  public UseCases.Stores stores(CatalogQueries catalog) {
    return new UseCases.Stores(
        unitOfWork,
        organizers,
        catalog.organizers(),
        teamMembers,
        faqItems,
        events,
        catalog.events(),
        favorites,
        bookings,
        newBookings,
        bookingExpiry,
        bookingQueries,
        organizerBookingQueries,
        bookingLog,
        idempotencyKeys,
        waitlist,
        waitlistQueries,
        waitlistAudit,
        outbox,
        outbox,
        outbox,
        auditRetention);
  }

  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  public OrganizerRepository organizers() {
    return organizers;
  }

  public EventRepository events() {
    return events;
  }

  public EventQueries eventQueries() {
    return eventQueries;
  }

  /** The read-only queries of the public catalog, on this Jdbi. */
  public CatalogQueries catalogQueries() {
    return new CatalogQueries(eventQueries, organizerQueries);
  }

  public BookingRepository bookings() {
    return bookings;
  }

  public NewBookings newBookings() {
    return newBookings;
  }

  public BookingQueries bookingQueries() {
    return bookingQueries;
  }

  public BookingLog bookingLog() {
    return bookingLog;
  }

  public IdempotencyKeys idempotencyKeys() {
    return idempotencyKeys;
  }

  public TeamMemberRepository teamMembers() {
    return teamMembers;
  }

  public FaqItemRepository faqItems() {
    return faqItems;
  }

  public FavoriteRepository favorites() {
    return favorites;
  }

  public OrganizerQueries organizerQueries() {
    return organizerQueries;
  }

  public OrganizerBookingQueries organizerBookingQueries() {
    return organizerBookingQueries;
  }

  public WaitlistRepository waitlist() {
    return waitlist;
  }

  public WaitlistQueries waitlistQueries() {
    return waitlistQueries;
  }

  public WaitlistAuditLog waitlistAudit() {
    return waitlistAudit;
  }

  public NotificationOutbox notificationOutbox() {
    return outbox;
  }

  public PaymentOutbox paymentOutbox() {
    return outbox;
  }

  /** The relay's side of the outbox. */
  public OutboxQueue outboxQueue() {
    return outbox;
  }

  public AuditRetention auditRetention() {
    return auditRetention;
  }
}
