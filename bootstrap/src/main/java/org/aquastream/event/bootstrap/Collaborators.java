package org.aquastream.event.bootstrap;

import java.time.Duration;
import org.aquastream.event.adapter.postgres.PostgresPersistence;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.booking.BookingChanges;
import org.aquastream.event.application.service.booking.BookingFollowUps;
import org.aquastream.event.application.service.booking.BookingPolicy;
import org.aquastream.event.application.service.booking.BookingViews;
import org.aquastream.event.application.service.booking.PaymentStart;
import org.aquastream.event.application.service.event.EventChanges;
import org.aquastream.event.application.service.operations.OutboxPolicy;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.application.service.waitlist.ProcessWaitlistService;
import org.aquastream.event.application.service.waitlist.SeatRelease;
import org.aquastream.event.application.service.waitlist.WaitlistClosure;
import org.aquastream.event.application.service.waitlist.WaitlistOffers;
import org.aquastream.event.application.service.waitlist.WaitlistPolicy;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.aquastream.event.bootstrap.peers.Peers;

/**
 * The collaborators several use cases share (access rules, seat release, booking changes,
 * follow-ups, policies), built the same way wherever a wiring needs them.
 */
final class Collaborators {
  private final AppConfig config;
  private final Clock clock;
  private final PostgresPersistence db;
  private final BusinessMetrics metrics;
  private final Peers peers;

  Collaborators(
      AppConfig config, PostgresPersistence db, Clock clock, BusinessMetrics metrics, Peers peers) {
    this.config = config;
    this.db = db;
    this.clock = clock;
    this.metrics = metrics;
    this.peers = peers;
  }

  AppConfig config() {
    return config;
  }

  Clock clock() {
    return clock;
  }

  PostgresPersistence db() {
    return db;
  }

  BusinessMetrics metrics() {
    return metrics;
  }

  Peers peers() {
    return peers;
  }

  OrganizerAccess organizerAccess() {
    return new OrganizerAccess(db.organizers());
  }

  EventChanges eventChanges(OrganizerAccess access) {
    return new EventChanges(db.unitOfWork(), db.events(), db.eventQueries(), access);
  }

  BookingViews bookingViews() {
    return new BookingViews(clock, bookingPolicy());
  }

  BookingChanges bookingChanges(BookingViews views) {
    return new BookingChanges(
        db.unitOfWork(),
        db.events(),
        db.bookings(),
        db.bookingLog(),
        db.bookingQueries(),
        views,
        metrics,
        bookingFollowUps());
  }

  SeatRelease seatRelease() {
    return new SeatRelease(db.events(), waitlistOffers(), waitlistPolicy());
  }

  BookingPolicy bookingPolicy() {
    AppConfig.Booking booking = config.app().event().booking();
    return new BookingPolicy(booking.ttl(), booking.gracePeriod());
  }

  WaitlistPolicy waitlistPolicy() {
    AppConfig.Waitlist waitlist = config.app().event().waitlist();
    return new WaitlistPolicy(
        Duration.ofMinutes(waitlist.notificationWindowMinutes()), waitlist.autoProcess());
  }

  WaitlistOffers waitlistOffers() {
    return new WaitlistOffers(
        db.events(),
        db.waitlist(),
        db.waitlistAudit(),
        db.notificationOutbox(),
        waitlistPolicy(),
        metrics,
        clock);
  }

  WaitlistClosure waitlistClosure() {
    return new WaitlistClosure(db.waitlist(), db.waitlistAudit(), db.notificationOutbox());
  }

  BookingFollowUps bookingFollowUps() {
    return new BookingFollowUps(db.notificationOutbox(), db.paymentOutbox(), outboxPolicy(), clock);
  }

  PaymentStart paymentStart(BookingViews views) {
    return new PaymentStart(
        db.unitOfWork(),
        db.bookings(),
        peers.payments(),
        db.outboxQueue(),
        views,
        outboxPolicy(),
        clock);
  }

  OutboxPolicy outboxPolicy() {
    AppConfig.Outbox outbox = config.app().event().outbox();
    return new OutboxPolicy(
        outbox.batchSize(),
        outbox.maxAttempts(),
        Duration.ofMillis(outbox.initialBackoffMs()),
        Duration.ofMillis(outbox.maxBackoffMs()),
        Duration.ofMillis(outbox.leaseMs()));
  }

  ProcessWaitlistService processWaitlist() {
    return new ProcessWaitlistService(
        db.unitOfWork(), db.events(), organizerAccess(), waitlistOffers(), clock);
  }
}
