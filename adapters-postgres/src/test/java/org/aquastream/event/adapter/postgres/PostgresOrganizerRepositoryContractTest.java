package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.OrganizerRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OrganizerRepository contract held against PostgreSQL. */
class PostgresOrganizerRepositoryContractTest extends OrganizerRepositoryContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }
}
