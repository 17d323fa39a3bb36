package org.aquastream.event.bootstrap;

import java.util.List;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.booking.BookingRoutes;
import org.aquastream.event.adapter.http.booking.OrganizerBookingRoutes;
import org.aquastream.event.adapter.http.cache.HttpCaching;
import org.aquastream.event.adapter.http.cache.PublicPages;
import org.aquastream.event.adapter.http.docs.ApiDocsRoutes;
import org.aquastream.event.adapter.http.docs.OpenApiDocument;
import org.aquastream.event.adapter.http.event.EventRoutes;
import org.aquastream.event.adapter.http.favorite.FavoriteRoutes;
import org.aquastream.event.adapter.http.organizer.FaqRoutes;
import org.aquastream.event.adapter.http.organizer.OrganizerDirectoryRoutes;
import org.aquastream.event.adapter.http.organizer.OrganizerProfileRoutes;
import org.aquastream.event.adapter.http.organizer.OrganizerRoutes;
import org.aquastream.event.adapter.http.organizer.TeamRoutes;
import org.aquastream.event.adapter.http.payment.PaymentCallbackRoutes;
import org.aquastream.event.adapter.http.payment.WebhookSignature;
import org.aquastream.event.adapter.http.waitlist.WaitlistRoutes;
import org.aquastream.event.application.UseCases;
import org.aquastream.event.bootstrap.config.AppConfig;

/**
 * Hands the use cases to the HTTP routes of each area: catalog, workspace, bookings, waitlist. The
 * public catalog's reads come from {@code catalog} (the same use cases reading through the replica
 * when there is one), everything else from the primary's.
 */
final class HttpWiring {
  private final UseCases u;
  private final UseCases catalog;
  private final AppConfig config;
  // One cache of public pages, dropped by every write that changes what they show.
  private final HttpCaching caching = new HttpCaching(PublicPages.standard());

  HttpWiring(UseCases useCases, UseCases catalog, AppConfig config) {
    this.u = useCases;
    this.catalog = catalog;
    this.config = config;
  }

  List<RouteGroup> routes() {
    String currency = config.app().event().currency();
    return List.of(
        new OrganizerRoutes(u.createOrganizer(), caching),
        new EventRoutes(
            u.createEvent(),
            u.updateEvent(),
            u.publishEvent(),
            u.cancelEvent(),
            u.listOrganizerEvents(),
            catalog.searchEvents(),
            catalog.getEvent(),
            currency,
            caching),
        new OrganizerDirectoryRoutes(
            catalog.listOrganizers(),
            catalog.getOrganizer(),
            catalog.browseOrganizerEvents(),
            u.listTeam(),
            u.listFaq(),
            caching),
        new FavoriteRoutes(
            u.addFavorite(),
            u.removeFavorite(),
            u.favoriteStatus(),
            u.listFavorites(),
            u.countEventFavorites()),
        new ApiDocsRoutes(OpenApiDocument::load),
        new TeamRoutes(
            u.listTeam(), u.addTeamMember(), u.replaceTeamMember(), u.removeTeamMember(), caching),
        new FaqRoutes(u.listFaq(), u.addFaqItem(), u.replaceFaqItem(), u.removeFaqItem(), caching),
        new OrganizerProfileRoutes(u.updateOrganizerProfile(), caching),
        new OrganizerBookingRoutes(
            u.listOrganizerBookings(),
            u.getOrganizerBooking(),
            u.changeBookingStatus(),
            u.bookingStatistics(),
            currency),
        new BookingRoutes(
            u.createBooking(),
            u.listMyBookings(),
            u.getBooking(),
            u.confirmBooking(),
            u.cancelBooking(),
            u.lowerBookingSeats()),
        new WaitlistRoutes(
            u.joinWaitlist(),
            u.leaveWaitlist(),
            u.waitlistStatus(),
            u.listMyWaitlist(),
            u.processWaitlist()),
        new PaymentCallbackRoutes(
            u.recordPaymentStatus(),
            new WebhookSignature(config.services().payment().webhookSecret())));
  }
}
