package org.aquastream.event.adapter.postgres;

import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.contract.ContractPorts;

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
        persistence.idempotencyKeys(),
        persistence.teamMembers(),
        persistence.faqItems(),
        persistence.favorites(),
        persistence.organizerQueries(),
        persistence.organizerBookingQueries());
  }
}
