package org.aquastream.event.application.contract;

import org.aquastream.event.application.fake.InMemoryDatabase;

/** The outbox contract held against the in-memory fake. */
class InMemoryOutboxContractTest extends OutboxContract {
  private InMemoryDatabase db;

  @Override
  protected ContractPorts emptyPorts() {
    db = new InMemoryDatabase();
    return ContractPorts.over(db);
  }

  @Override
  protected OutboxPorts outboxPorts() {
    return OutboxPorts.inMemory(db);
  }
}
