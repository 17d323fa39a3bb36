package org.aquastream.event.application.testdata;

import org.aquastream.event.application.UseCases.Stores;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.UnitOfWork;

/** A set of stores with one of them swapped, for tests that watch or break that one. */
public final class TestStores {
  private TestStores() {}

  /** {@code stores} with transactions run by {@code unitOfWork} (e.g. one that counts them). */
  public static Stores withUnitOfWork(Stores stores, UnitOfWork unitOfWork) {
    return new Stores(
        unitOfWork,
        stores.organizers(),
        stores.organizerQueries(),
        stores.teamMembers(),
        stores.faqItems(),
        stores.events(),
        stores.eventQueries(),
        stores.favorites(),
        stores.bookings(),
        stores.newBookings(),
        stores.bookingQueries(),
        stores.organizerBookingQueries(),
        stores.bookingLog(),
        stores.idempotencyKeys(),
        stores.waitlist(),
        stores.waitlistQueries(),
        stores.waitlistAudit(),
        stores.notificationOutbox(),
        stores.paymentOutbox(),
        stores.outboxQueue(),
        stores.auditRetention());
  }

  /** {@code stores} with seats counted by {@code events} (e.g. a broken read-then-write one). */
  public static Stores withEvents(Stores stores, EventRepository events) {
    return new Stores(
        stores.unitOfWork(),
        stores.organizers(),
        stores.organizerQueries(),
        stores.teamMembers(),
        stores.faqItems(),
        events,
        stores.eventQueries(),
        stores.favorites(),
        stores.bookings(),
        stores.newBookings(),
        stores.bookingQueries(),
        stores.organizerBookingQueries(),
        stores.bookingLog(),
        stores.idempotencyKeys(),
        stores.waitlist(),
        stores.waitlistQueries(),
        stores.waitlistAudit(),
        stores.notificationOutbox(),
        stores.paymentOutbox(),
        stores.outboxQueue(),
        stores.auditRetention());
  }
}
