package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.FaqItemRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The FaqItemRepository contract held against PostgreSQL. */
class PostgresFaqItemRepositoryContractTest extends FaqItemRepositoryContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }
}
