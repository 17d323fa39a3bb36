package org.aquastream.event.bootstrap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.aquastream.event.adapter.http.organizer.FaqRoutes;
import org.aquastream.event.adapter.http.organizer.OrganizerDirectoryRoutes;
import org.aquastream.event.adapter.http.organizer.OrganizerProfileRoutes;
import org.aquastream.event.adapter.http.organizer.OrganizerRoutes;
import org.aquastream.event.adapter.http.organizer.TeamRoutes;
import org.aquastream.event.adapter.postgres.PostgresPersistence;
import org.aquastream.event.application.port.out.BusinessMetrics;
import org.aquastream.event.application.port.out.Clock;
import org.aquastream.event.application.port.out.UserDirectory;
import org.aquastream.event.application.service.AddFaqItemService;
import org.aquastream.event.application.service.AddFavoriteService;
import org.aquastream.event.application.service.AddTeamMemberService;
import org.aquastream.event.application.service.BookingChanges;
import org.aquastream.event.application.service.BookingPolicy;
import org.aquastream.event.application.service.BookingViews;
import org.aquastream.event.application.service.BrowseOrganizerEventsService;
import org.aquastream.event.application.service.CancelBookingService;
import org.aquastream.event.application.service.CancelEventService;
import org.aquastream.event.application.service.ChangeBookingStatusService;
import org.aquastream.event.application.service.ConfirmBookingService;
import org.aquastream.event.application.service.CountEventFavoritesService;
import org.aquastream.event.application.service.CreateBookingService;
import org.aquastream.event.application.service.CreateEventService;
import org.aquastream.event.application.service.CreateOrganizerService;
import org.aquastream.event.application.service.EventChanges;
import org.aquastream.event.application.service.GetBookingService;
import org.aquastream.event.application.service.GetBookingStatisticsService;
import org.aquastream.event.application.service.GetEventService;
import org.aquastream.event.application.service.GetFavoriteStatusService;
import org.aquastream.event.application.service.GetOrganizerBookingService;
import org.aquastream.event.application.service.GetOrganizerService;
import org.aquastream.event.application.service.ListFaqService;
import org.aquastream.event.application.service.ListFavoritesService;
import org.aquastream.event.application.service.ListMyBookingsService;
import org.aquastream.event.application.service.ListOrganizerBookingsService;
import org.aquastream.event.application.service.ListOrganizerEventsService;
import org.aquastream.event.application.service.ListOrganizersService;
import org.aquastream.event.application.service.ListTeamService;
import org.aquastream.event.application.service.OrganizerAccess;
import org.aquastream.event.application.service.PublishEventService;
import org.aquastream.event.application.service.RemoveFaqItemService;
import org.aquastream.event.application.service.RemoveFavoriteService;
import org.aquastream.event.application.service.RemoveTeamMemberService;
import org.aquastream.event.application.service.ReplaceFaqItemService;
import org.aquastream.event.application.service.ReplaceTeamMemberService;
import org.aquastream.event.application.service.SearchEventsService;
import org.aquastream.event.application.service.SeatRelease;
import org.aquastream.event.application.service.UpdateEventService;
import org.aquastream.event.application.service.UpdateOrganizerProfileService;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.aquastream.event.bootstrap.local.LocalUserDirectory;
import org.aquastream.event.bootstrap.ops.Operations;

/** Wires adapters and use cases by hand: one small factory method per piece. */
final class CompositionRoot {
  private final AppConfig config;
  private final Clock clock;
  private final PostgresPersistence db;
  private final Operations operations;
  private final BusinessMetrics metrics;

  CompositionRoot(
      AppConfig config,
      DataSource dataSource,
      Clock clock,
      Operations operations,
      BusinessMetrics metrics) {
    this.config = config;
    this.clock = clock;
    this.db = new PostgresPersistence(dataSource);
    this.operations = operations;
    this.metrics = metrics;
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
            apiDocsRoutes()));
    groups.addAll(operations.routes());
    return new HttpApp(httpSettings(), groups, operations.hooks());
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
        new UpdateEventService(changes, clock),
        new PublishEventService(changes, clock),
        new CancelEventService(changes, db.bookings(), db.bookingLog(), metrics, clock),
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
            userDirectory(),
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
        metrics);
  }

  private SeatRelease seatRelease() {
    return new SeatRelease(db.events());
  }

  private BookingPolicy bookingPolicy() {
    AppConfig.Booking booking = config.app().event().booking();
    return new BookingPolicy(booking.ttl(), booking.gracePeriod());
  }

  private UserDirectory userDirectory() {
    return new LocalUserDirectory();
  }
}
