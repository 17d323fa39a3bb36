package org.aquastream.event.adapter.postgres;

import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.OutboxPorts;
import org.aquastream.event.application.contract.WaitlistPorts;
import org.aquastream.event.application.port.out.booking.BookingExpiry;
import org.aquastream.event.application.port.out.booking.NewBookings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test database for one contract test class, and the ports under contract built by {@link
 * PostgresPersistence} on it, emptied before each test. Register as a static extension.
 */
final class PostgresPorts implements BeforeAllCallback, AfterAllCallback {
  private TestDatabase db;

  @Override
  public void beforeAll(ExtensionContext context) {
    db = TestDatabase.fresh();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    db.close();
  }

  ContractPorts emptied() {
    db.truncateAll();
    PostgresPersistence persistence = new PostgresPersistence(db.dataSource());
    return new ContractPorts(
        persistence.unitOfWork(),
        persistence.organizers(),
        persistence.events(),
        persistence.eventQueries(),
        persistence.bookings(),
        persistence.bookingQueries(),
        persistence.bookingLog(),
        persistence.idempotencyKeys(),
        persistence.teamMembers(),
        persistence.faqItems(),
        persistence.favorites(),
        persistence.organizerQueries(),
        persistence.organizerBookingQueries());
  }

  /** The outbox ports on the same database, without emptying it again. */
  OutboxPorts outbox() {
    PostgresPersistence persistence = new PostgresPersistence(db.dataSource());
    return new OutboxPorts(
        persistence.notificationOutbox(), persistence.paymentOutbox(), persistence.outboxQueue());
  }

  /** The new-bookings writer on the same database, without emptying it again. */
  NewBookings newBookings() {
    return new PostgresPersistence(db.dataSource()).newBookings();
  }

  /** The expiry of due bookings on the same database, without emptying it again. */
  BookingExpiry bookingExpiry() {
    return new PostgresPersistence(db.dataSource()).stores().bookingExpiry();
  }

  /** The waitlist ports on the same database, without emptying it again. */
  WaitlistPorts waitlist() {
    PostgresPersistence persistence = new PostgresPersistence(db.dataSource());
    return new WaitlistPorts(
        persistence.waitlist(),
        persistence.waitlistQueries(),
        persistence.waitlistAudit(),
        persistence.notificationOutbox());
  }
}
