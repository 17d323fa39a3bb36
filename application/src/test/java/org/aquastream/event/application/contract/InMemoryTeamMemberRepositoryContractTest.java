package org.aquastream.event.application.contract;

/** The TeamMemberRepository contract held against the in-memory fake. */
class InMemoryTeamMemberRepositoryContractTest extends TeamMemberRepositoryContract {
  @Override
  protected ContractPorts emptyPorts() {
    return ContractPorts.inMemory();
  }
}
