package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.OutboxContract;
import org.aquastream.event.application.contract.OutboxPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox contract held against PostgreSQL. */
class PostgresOutboxContractTest extends OutboxContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }

  @Override
  protected OutboxPorts outboxPorts() {
    return DB.outbox();
  }
}
