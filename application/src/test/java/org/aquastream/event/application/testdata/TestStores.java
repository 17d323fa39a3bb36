package org.aquastream.event.application.testdata;

import org.aquastream.event.application.UseCases.Stores;
import org.aquastream.event.application.port.out.booking.NewBookings;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.UnitOfWork;

/**
 * A set of stores with some of them swapped, for tests that watch or break those: {@code
 * TestStores.from(stores).events(readThenWrite).build()}.
 */
public final class TestStores {
  private final Stores stores;
  private UnitOfWork unitOfWork;
  private EventRepository events;
  private NewBookings newBookings;

  private TestStores(Stores stores) {
    this.stores = stores;
    this.unitOfWork = stores.unitOfWork();
    this.events = stores.events();
    this.newBookings = stores.newBookings();
  }

  public static TestStores from(Stores stores) {
    return new TestStores(stores);
  }

  /** Transactions run by {@code value} (e.g. one that counts them). */
  public TestStores unitOfWork(UnitOfWork value) {
    unitOfWork = value;
    return this;
  }

  /** Seats counted by {@code value} (e.g. a broken read-then-write one). */
  public TestStores events(EventRepository value) {
    events = value;
    return this;
  }

  /** New bookings written by {@code value} (e.g. one that pauses inside the transaction). */
  public TestStores newBookings(NewBookings value) {
    newBookings = value;
    return this;
  }

  public Stores build() {
    return new Stores(
        unitOfWork,
        stores.organizers(),
        stores.organizerQueries(),
        stores.teamMembers(),
        stores.faqItems(),
        events,
        stores.eventQueries(),
        stores.favorites(),
        stores.bookings(),
        newBookings,
        stores.bookingExpiry(),
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
