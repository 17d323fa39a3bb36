package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.WaitlistPorts;
import org.aquastream.event.application.contract.WaitlistRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The WaitlistRepository contract held against PostgreSQL. */
class PostgresWaitlistRepositoryContractTest extends WaitlistRepositoryContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }

  @Override
  protected WaitlistPorts waitlistPorts() {
    return DB.waitlist();
  }
}
