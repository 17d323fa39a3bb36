package org.aquastream.event.adapter.postgres;

import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.WaitlistPorts;

/** The ports under contract, built by {@link PostgresPersistence} on an emptied test database. */
final class PostgresPorts {
  private PostgresPorts() {}

  static ContractPorts emptied(TestDatabase db) {
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
        persistence.idempotencyKeys());
  }

  /** The waitlist ports on the same database, without emptying it again. */
  static WaitlistPorts waitlist(TestDatabase db) {
    PostgresPersistence persistence = new PostgresPersistence(db.dataSource());
    return new WaitlistPorts(
        persistence.waitlist(),
        persistence.waitlistQueries(),
        persistence.waitlistAudit(),
        persistence.notificationOutbox());
  }
}
