package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.UnitOfWorkContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The UnitOfWork contract held against PostgreSQL. */
class PostgresUnitOfWorkContractTest extends UnitOfWorkContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }
}
