package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.WaitlistPorts;
import org.aquastream.event.application.contract.WaitlistQueriesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The WaitlistQueries contract held against PostgreSQL. */
class PostgresWaitlistQueriesContractTest extends WaitlistQueriesContract {
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
