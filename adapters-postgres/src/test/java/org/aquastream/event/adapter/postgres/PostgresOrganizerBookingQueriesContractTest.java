package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.OrganizerBookingQueriesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OrganizerBookingQueries contract held against PostgreSQL. */
class PostgresOrganizerBookingQueriesContractTest extends OrganizerBookingQueriesContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }
}
