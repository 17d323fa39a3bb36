package org.aquastream.event.application.contract;

import org.aquastream.event.application.fake.InMemoryDatabase;

/** The WaitlistQueries contract held against the in-memory fake. */
class InMemoryWaitlistQueriesContractTest extends WaitlistQueriesContract {
  private InMemoryDatabase db;

  @Override
  protected ContractPorts emptyPorts() {
    db = new InMemoryDatabase();
    return ContractPorts.over(db);
  }

  @Override
  protected WaitlistPorts waitlistPorts() {
    return WaitlistPorts.inMemory(db);
  }
}
