package org.aquastream.event.application.contract;

/** The EventRepository contract held against the in-memory fake. */
class InMemoryEventRepositoryContractTest extends EventRepositoryContract {
  @Override
  protected ContractPorts emptyPorts() {
    return ContractPorts.inMemory();
  }
}
