package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.EventQueriesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The EventQueries contract held against PostgreSQL. */
class PostgresEventQueriesContractTest extends EventQueriesContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }
}
