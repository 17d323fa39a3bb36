package org.aquastream.event.bootstrap;

import java.util.List;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.booking.OrganizerBookingRoutes;
import org.aquastream.event.adapter.http.organizer.FaqRoutes;
import org.aquastream.event.adapter.http.organizer.OrganizerProfileRoutes;
import org.aquastream.event.adapter.http.organizer.TeamRoutes;
import org.aquastream.event.adapter.postgres.PostgresPersistence;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.booking.BookingViews;
import org.aquastream.event.application.service.booking.ChangeBookingStatusService;
import org.aquastream.event.application.service.booking.GetBookingStatisticsService;
import org.aquastream.event.application.service.booking.GetOrganizerBookingService;
import org.aquastream.event.application.service.booking.ListOrganizerBookingsService;
import org.aquastream.event.application.service.organizer.AddFaqItemService;
import org.aquastream.event.application.service.organizer.AddTeamMemberService;
import org.aquastream.event.application.service.organizer.ListFaqService;
import org.aquastream.event.application.service.organizer.ListTeamService;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.application.service.organizer.RemoveFaqItemService;
import org.aquastream.event.application.service.organizer.RemoveTeamMemberService;
import org.aquastream.event.application.service.organizer.ReplaceFaqItemService;
import org.aquastream.event.application.service.organizer.ReplaceTeamMemberService;
import org.aquastream.event.application.service.organizer.UpdateOrganizerProfileService;
import org.aquastream.event.bootstrap.config.AppConfig;

/** Wires the organizer workspace: profile, team, FAQ and the bookings of one's events. */
final class WorkspaceWiring {
  private final Collaborators shared;
  private final AppConfig config;
  private final Clock clock;
  private final PostgresPersistence db;

  WorkspaceWiring(Collaborators shared) {
    this.shared = shared;
    this.config = shared.config();
    this.clock = shared.clock();
    this.db = shared.db();
  }

  List<RouteGroup> routes() {
    return List.of(teamRoutes(), faqRoutes(), organizerProfileRoutes(), organizerBookingRoutes());
  }

  private TeamRoutes teamRoutes() {
    OrganizerAccess access = shared.organizerAccess();
    return new TeamRoutes(
        new ListTeamService(db.organizers(), access, db.teamMembers()),
        new AddTeamMemberService(access, db.teamMembers(), clock),
        new ReplaceTeamMemberService(access, db.teamMembers(), clock),
        new RemoveTeamMemberService(access, db.teamMembers()));
  }

  private FaqRoutes faqRoutes() {
    OrganizerAccess access = shared.organizerAccess();
    return new FaqRoutes(
        new ListFaqService(db.organizers(), access, db.faqItems()),
        new AddFaqItemService(access, db.faqItems(), clock),
        new ReplaceFaqItemService(access, db.faqItems(), clock),
        new RemoveFaqItemService(access, db.faqItems()));
  }

  private OrganizerProfileRoutes organizerProfileRoutes() {
    return new OrganizerProfileRoutes(
        new UpdateOrganizerProfileService(shared.organizerAccess(), db.organizers(), clock));
  }

  private OrganizerBookingRoutes organizerBookingRoutes() {
    OrganizerAccess access = shared.organizerAccess();
    BookingViews views = shared.bookingViews();
    return new OrganizerBookingRoutes(
        new ListOrganizerBookingsService(access, db.events(), db.organizerBookingQueries(), views),
        new GetOrganizerBookingService(access, db.events(), db.bookingQueries(), views),
        new ChangeBookingStatusService(
            shared.bookingChanges(views), access, db.events(), shared.seatRelease(), clock),
        new GetBookingStatisticsService(access, db.events(), db.organizerBookingQueries()),
        config.app().event().currency());
  }
}
