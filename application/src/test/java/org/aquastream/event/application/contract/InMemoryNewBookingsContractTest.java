package org.aquastream.event.application.contract;

import org.aquastream.event.application.fake.InMemoryDatabase;
import org.aquastream.event.application.fake.InMemoryNewBookings;
import org.aquastream.event.application.fake.InMemoryOutbox;
import org.aquastream.event.application.port.out.booking.NewBookings;
import org.aquastream.event.application.port.out.outbox.OutboxQueue;

/** The NewBookings contract held against the in-memory fake. */
class InMemoryNewBookingsContractTest extends NewBookingsContract {
  private InMemoryDatabase db;

  @Override
  protected ContractPorts emptyPorts() {
    db = new InMemoryDatabase();
    return ContractPorts.over(db);
  }

  @Override
  protected WaitlistPorts waitlistPorts() {
    return WaitlistPorts.inMemory(db);
  }

  @Override
  protected NewBookings newBookings() {
    return new InMemoryNewBookings(db);
  }

  @Override
  protected OutboxQueue outboxQueue() {
    return new InMemoryOutbox(db);
  }
}
