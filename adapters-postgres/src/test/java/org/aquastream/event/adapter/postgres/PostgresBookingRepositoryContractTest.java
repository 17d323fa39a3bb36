package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.BookingRepositoryContract;
import org.aquastream.event.application.contract.ContractPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The BookingRepository contract held against PostgreSQL. */
class PostgresBookingRepositoryContractTest extends BookingRepositoryContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }
}
