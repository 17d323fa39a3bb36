package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.SeatCountsAndDueBookingsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The seat-count and due-booking contract held against PostgreSQL. */
class PostgresSeatCountsAndDueBookingsContractTest extends SeatCountsAndDueBookingsContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }
}
