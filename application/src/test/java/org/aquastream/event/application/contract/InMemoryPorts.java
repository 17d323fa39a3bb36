package org.aquastream.event.application.contract;

import org.aquastream.event.application.fake.InMemoryBookingLog;
import org.aquastream.event.application.fake.InMemoryBookingQueries;
import org.aquastream.event.application.fake.InMemoryBookingRepository;
import org.aquastream.event.application.fake.InMemoryDatabase;
import org.aquastream.event.application.fake.InMemoryEventQueries;
import org.aquastream.event.application.fake.InMemoryEventRepository;
import org.aquastream.event.application.fake.InMemoryIdempotencyKeys;
import org.aquastream.event.application.fake.InMemoryOrganizerRepository;
import org.aquastream.event.application.fake.InMemoryUnitOfWork;

/** The core ports over a given in-memory store, for contracts that add ports of their own. */
final class InMemoryPorts {
  private InMemoryPorts() {}

  static ContractPorts over(InMemoryDatabase db) {
    return new ContractPorts(
        new InMemoryUnitOfWork(db),
        new InMemoryOrganizerRepository(db),
        new InMemoryEventRepository(db),
        new InMemoryEventQueries(db),
        new InMemoryBookingRepository(db),
        new InMemoryBookingQueries(db),
        new InMemoryBookingLog(db),
        new InMemoryIdempotencyKeys(db));
  }
}
