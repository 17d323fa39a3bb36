package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.NewBookingsContract;
import org.aquastream.event.application.contract.WaitlistPorts;
import org.aquastream.event.application.port.out.booking.NewBookings;
import org.aquastream.event.application.port.out.outbox.OutboxQueue;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The NewBookings contract held against PostgreSQL. */
class PostgresNewBookingsContractTest extends NewBookingsContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }

  @Override
  protected WaitlistPorts waitlistPorts() {
    return DB.waitlist();
  }

  @Override
  protected NewBookings newBookings() {
    return DB.newBookings();
  }

  @Override
  protected OutboxQueue outboxQueue() {
    return DB.outbox().queue();
  }
}
