package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.BookingQueriesContract;
import org.aquastream.event.application.contract.ContractPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The BookingQueries contract held against PostgreSQL. */
class PostgresBookingQueriesContractTest extends BookingQueriesContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }
}
