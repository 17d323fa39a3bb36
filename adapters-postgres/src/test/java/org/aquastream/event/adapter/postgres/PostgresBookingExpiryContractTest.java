package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.BookingExpiryContract;
import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.port.out.booking.BookingExpiry;
import org.aquastream.event.application.port.out.outbox.OutboxQueue;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The BookingExpiry contract held against PostgreSQL. */
class PostgresBookingExpiryContractTest extends BookingExpiryContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }

  @Override
  protected BookingExpiry expiry() {
    return DB.bookingExpiry();
  }

  @Override
  protected OutboxQueue outboxQueue() {
    return DB.outbox().queue();
  }
}
