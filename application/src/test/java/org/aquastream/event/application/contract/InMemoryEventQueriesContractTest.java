package org.aquastream.event.application.contract;

/** The EventQueries contract held against the in-memory fake. */
class InMemoryEventQueriesContractTest extends EventQueriesContract {
  @Override
  protected ContractPorts emptyPorts() {
    return ContractPorts.inMemory();
  }
}
