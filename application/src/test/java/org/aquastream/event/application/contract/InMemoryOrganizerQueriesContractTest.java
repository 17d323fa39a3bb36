package org.aquastream.event.application.contract;

/** The OrganizerQueries contract held against the in-memory fake. */
class InMemoryOrganizerQueriesContractTest extends OrganizerQueriesContract {
  @Override
  protected ContractPorts emptyPorts() {
    return ContractPorts.inMemory();
  }
}
