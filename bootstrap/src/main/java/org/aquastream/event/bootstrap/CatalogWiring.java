package org.aquastream.event.bootstrap;

import java.util.List;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.docs.ApiDocsRoutes;
import org.aquastream.event.adapter.http.docs.OpenApiDocument;
import org.aquastream.event.adapter.http.event.EventRoutes;
import org.aquastream.event.adapter.http.favorite.FavoriteRoutes;
import org.aquastream.event.adapter.http.organizer.OrganizerDirectoryRoutes;
import org.aquastream.event.adapter.http.organizer.OrganizerRoutes;
import org.aquastream.event.adapter.postgres.PostgresPersistence;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.event.BrowseOrganizerEventsService;
import org.aquastream.event.application.service.event.CancelEventService;
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
import org.aquastream.event.application.service.organizer.CreateOrganizerService;
import org.aquastream.event.application.service.organizer.GetOrganizerService;
import org.aquastream.event.application.service.organizer.ListFaqService;
import org.aquastream.event.application.service.organizer.ListOrganizersService;
import org.aquastream.event.application.service.organizer.ListTeamService;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.bootstrap.config.AppConfig;

/** Wires the public catalog: organizers, events, favorites and the API documents. */
final class CatalogWiring {
  private final Collaborators shared;
  private final AppConfig config;
  private final Clock clock;
  private final PostgresPersistence db;
  private final BusinessMetrics metrics;

  CatalogWiring(Collaborators shared) {
    this.shared = shared;
    this.config = shared.config();
    this.clock = shared.clock();
    this.db = shared.db();
    this.metrics = shared.metrics();
  }

  List<RouteGroup> routes() {
    return List.of(
        organizerRoutes(),
        eventRoutes(),
        organizerDirectoryRoutes(),
        favoriteRoutes(),
        apiDocsRoutes());
  }

  private OrganizerRoutes organizerRoutes() {
    return new OrganizerRoutes(new CreateOrganizerService(db.organizers(), clock));
  }

  private EventRoutes eventRoutes() {
    OrganizerAccess access = shared.organizerAccess();
    EventChanges changes = shared.eventChanges(access);
    return new EventRoutes(
        new CreateEventService(access, db.events(), clock, config.app().event().currency()),
        new UpdateEventService(changes, shared.seatRelease(), clock),
        new PublishEventService(changes, clock),
        new CancelEventService(
            changes,
            db.bookings(),
            db.bookingLog(),
            shared.waitlistClosure(),
            metrics,
            shared.bookingFollowUps(),
            clock),
        new ListOrganizerEventsService(access, db.eventQueries()),
        new SearchEventsService(db.eventQueries()),
        new GetEventService(db.eventQueries(), access),
        config.app().event().currency());
  }

  private OrganizerDirectoryRoutes organizerDirectoryRoutes() {
    OrganizerAccess access = shared.organizerAccess();
    return new OrganizerDirectoryRoutes(
        new ListOrganizersService(db.organizerQueries()),
        new GetOrganizerService(
            db.organizers(), db.eventQueries(), db.teamMembers(), db.faqItems(), clock),
        new BrowseOrganizerEventsService(db.organizers(), db.eventQueries()),
        new ListTeamService(db.organizers(), access, db.teamMembers()),
        new ListFaqService(db.organizers(), access, db.faqItems()));
  }

  private FavoriteRoutes favoriteRoutes() {
    OrganizerAccess access = shared.organizerAccess();
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
}
