package org.aquastream.event.bootstrap;

import java.util.List;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.booking.BookingRoutes;
import org.aquastream.event.adapter.http.payment.PaymentCallbackRoutes;
import org.aquastream.event.adapter.http.payment.WebhookSignature;
import org.aquastream.event.adapter.http.waitlist.WaitlistRoutes;
import org.aquastream.event.adapter.postgres.PostgresPersistence;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.booking.BookingViews;
import org.aquastream.event.application.service.booking.CancelBookingService;
import org.aquastream.event.application.service.booking.ConfirmBookingService;
import org.aquastream.event.application.service.booking.CreateBookingService;
import org.aquastream.event.application.service.booking.GetBookingService;
import org.aquastream.event.application.service.booking.ListMyBookingsService;
import org.aquastream.event.application.service.booking.PaymentPolicy;
import org.aquastream.event.application.service.booking.ProfileRequirement;
import org.aquastream.event.application.service.booking.RecordPaymentStatusService;
import org.aquastream.event.application.service.waitlist.GetWaitlistStatusService;
import org.aquastream.event.application.service.waitlist.JoinWaitlistService;
import org.aquastream.event.application.service.waitlist.LeaveWaitlistService;
import org.aquastream.event.application.service.waitlist.ListMyWaitlistService;
import org.aquastream.event.application.service.waitlist.WaitlistSeats;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.aquastream.event.bootstrap.peers.Peers;

/** Wires a user's bookings, the waitlist and the payment callbacks. */
final class BookingWiring {
  private final Collaborators shared;
  private final AppConfig config;
  private final Clock clock;
  private final PostgresPersistence db;
  private final BusinessMetrics metrics;
  private final Peers peers;

  BookingWiring(Collaborators shared) {
    this.shared = shared;
    this.config = shared.config();
    this.clock = shared.clock();
    this.db = shared.db();
    this.metrics = shared.metrics();
    this.peers = shared.peers();
  }

  List<RouteGroup> routes() {
    return List.of(bookingRoutes(), waitlistRoutes(), paymentCallbackRoutes());
  }

  private BookingRoutes bookingRoutes() {
    BookingViews views = shared.bookingViews();
    return new BookingRoutes(
        new CreateBookingService(
            db.unitOfWork(),
            db.events(),
            db.bookings(),
            db.bookingLog(),
            db.idempotencyKeys(),
            new WaitlistSeats(db.events(), db.waitlist(), db.waitlistAudit()),
            new ProfileRequirement(peers.users(), config.services().user().failOpen()),
            shared.bookingFollowUps(),
            shared.paymentStart(views),
            views,
            shared.bookingPolicy(),
            metrics,
            clock),
        new ListMyBookingsService(db.bookingQueries(), views),
        new GetBookingService(db.bookingQueries(), views),
        new ConfirmBookingService(shared.bookingChanges(views), shared.bookingPolicy(), clock),
        new CancelBookingService(shared.bookingChanges(views), shared.seatRelease(), clock));
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
            db.unitOfWork(),
            db.events(),
            db.waitlist(),
            db.waitlistAudit(),
            shared.seatRelease(),
            clock),
        new GetWaitlistStatusService(db.waitlistQueries()),
        new ListMyWaitlistService(db.waitlistQueries()),
        shared.processWaitlist());
  }

  private PaymentCallbackRoutes paymentCallbackRoutes() {
    BookingViews views = shared.bookingViews();
    return new PaymentCallbackRoutes(
        new RecordPaymentStatusService(
            db.unitOfWork(),
            db.events(),
            db.bookings(),
            db.bookingLog(),
            db.bookingQueries(),
            views,
            shared.bookingFollowUps(),
            shared.seatRelease(),
            shared.bookingPolicy(),
            new PaymentPolicy(config.app().event().payment().cancelOnFailure()),
            metrics,
            clock),
        new WebhookSignature(config.services().payment().webhookSecret()));
  }
}
