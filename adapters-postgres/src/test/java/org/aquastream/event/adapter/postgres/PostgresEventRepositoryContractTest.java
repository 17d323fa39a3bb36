package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.EventRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The EventRepository contract held against PostgreSQL. */
class PostgresEventRepositoryContractTest extends EventRepositoryContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }
}
