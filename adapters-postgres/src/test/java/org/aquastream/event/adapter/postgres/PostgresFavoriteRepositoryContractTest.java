package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.FavoriteRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The FavoriteRepository contract held against PostgreSQL. */
class PostgresFavoriteRepositoryContractTest extends FavoriteRepositoryContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }
}
