package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.IdempotencyKeysContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The IdempotencyKeys contract held against PostgreSQL. */
class PostgresIdempotencyKeysContractTest extends IdempotencyKeysContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }
}
