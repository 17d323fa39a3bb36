package org.aquastream.event.adapter.postgres;

import java.time.Duration;
import org.aquastream.event.application.fake.MutableClock;
import org.aquastream.event.application.fake.RecordingBusinessMetrics;
import org.aquastream.event.application.port.in.booking.ExpirePendingBookingsUseCase;
import org.aquastream.event.application.port.in.event.CancelEventUseCase;
import org.aquastream.event.application.port.in.event.CompleteFinishedEventsUseCase;
import org.aquastream.event.application.port.in.waitlist.ExpireWaitlistNotificationsUseCase;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.service.booking.BookingFollowUps;
import org.aquastream.event.application.service.booking.BookingPolicy;
import org.aquastream.event.application.service.booking.ExpirePendingBookingsService;
import org.aquastream.event.application.service.event.CancelEventService;
import org.aquastream.event.application.service.event.CompleteFinishedEventsService;
import org.aquastream.event.application.service.event.EventChanges;
import org.aquastream.event.application.service.operations.OutboxPolicy;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.application.service.waitlist.ExpireWaitlistNotificationsService;
import org.aquastream.event.application.service.waitlist.SeatRelease;
import org.aquastream.event.application.service.waitlist.WaitlistClosure;
import org.aquastream.event.application.service.waitlist.WaitlistOffers;
import org.aquastream.event.application.service.waitlist.WaitlistPolicy;

/**
 * The job use cases (and event cancellation, which they must not deadlock with) wired over one
 * {@link PostgresPersistence}, as one service instance would wire them; two of these on the same
 * database are two instances.
 */
final class PostgresServices {
  static final BookingPolicy BOOKING =
      new BookingPolicy(Duration.ofMinutes(30), Duration.ofMinutes(5));
  static final WaitlistPolicy WAITLIST = new WaitlistPolicy(Duration.ofMinutes(30), true);
  static final OutboxPolicy OUTBOX =
      new OutboxPolicy(
          100, 5, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(1));

  final PostgresPersistence db;
  final RecordingBusinessMetrics metrics = new RecordingBusinessMetrics();
  final ExpirePendingBookingsUseCase expirePendingBookings;
  final ExpireWaitlistNotificationsUseCase expireWaitlistNotifications;
  final CompleteFinishedEventsUseCase completeFinishedEvents;
  final CancelEventUseCase cancelEvent;

  PostgresServices(
      PostgresPersistence db, UnitOfWork unitOfWork, MutableClock clock, int batchSize) {
    this.db = db;
    WaitlistOffers offers =
        new WaitlistOffers(
            db.events(),
            db.waitlist(),
            db.waitlistAudit(),
            db.notificationOutbox(),
            WAITLIST,
            metrics,
            clock);
    SeatRelease seatRelease = new SeatRelease(db.events(), offers, WAITLIST);
    BookingFollowUps followUps =
        new BookingFollowUps(db.notificationOutbox(), db.paymentOutbox(), OUTBOX, clock);
    WaitlistClosure closure =
        new WaitlistClosure(db.waitlist(), db.waitlistAudit(), db.notificationOutbox());
    expirePendingBookings =
        new ExpirePendingBookingsService(
            unitOfWork,
            db.events(),
            db.bookings(),
            db.bookingLog(),
            seatRelease,
            BOOKING,
            metrics,
            followUps,
            clock,
            batchSize);
    expireWaitlistNotifications =
        new ExpireWaitlistNotificationsService(
            unitOfWork,
            db.events(),
            db.waitlist(),
            db.waitlistAudit(),
            seatRelease,
            metrics,
            clock);
    completeFinishedEvents =
        new CompleteFinishedEventsService(
            unitOfWork, db.events(), db.bookings(), db.bookingLog(), closure, metrics, clock);
    EventChanges changes =
        new EventChanges(
            unitOfWork, db.events(), db.eventQueries(), new OrganizerAccess(db.organizers()));
    cancelEvent =
        new CancelEventService(
            changes, db.bookings(), db.bookingLog(), closure, metrics, followUps, clock);
  }

  PostgresServices(PostgresPersistence db, MutableClock clock, int batchSize) {
    this(db, db.unitOfWork(), clock, batchSize);
  }
}
