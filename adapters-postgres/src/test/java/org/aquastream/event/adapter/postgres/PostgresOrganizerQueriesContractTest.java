package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.OrganizerQueriesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OrganizerQueries contract held against PostgreSQL. */
class PostgresOrganizerQueriesContractTest extends OrganizerQueriesContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }
}
