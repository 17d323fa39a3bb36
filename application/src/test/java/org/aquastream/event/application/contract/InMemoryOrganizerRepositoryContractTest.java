package org.aquastream.event.application.contract;

/** The OrganizerRepository contract held against the in-memory fake. */
class InMemoryOrganizerRepositoryContractTest extends OrganizerRepositoryContract {
  @Override
  protected ContractPorts emptyPorts() {
    return ContractPorts.inMemory();
  }
}
