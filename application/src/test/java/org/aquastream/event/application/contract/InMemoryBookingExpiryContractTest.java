package org.aquastream.event.application.contract;

import org.aquastream.event.application.fake.InMemoryBookingExpiry;
import org.aquastream.event.application.fake.InMemoryDatabase;
import org.aquastream.event.application.fake.InMemoryOutbox;
import org.aquastream.event.application.port.out.booking.BookingExpiry;
import org.aquastream.event.application.port.out.outbox.OutboxQueue;

/** The BookingExpiry contract held against the in-memory fake. */
class InMemoryBookingExpiryContractTest extends BookingExpiryContract {
  private InMemoryDatabase db;

  @Override
  protected ContractPorts emptyPorts() {
    db = new InMemoryDatabase();
    return ContractPorts.over(db);
  }

  @Override
  protected BookingExpiry expiry() {
    return new InMemoryBookingExpiry(db);
  }

  @Override
  protected OutboxQueue outboxQueue() {
    return new InMemoryOutbox(db);
  }
}
