package org.aquastream.event.application.contract;

/** The OrganizerBookingQueries contract held against the in-memory fake. */
class InMemoryOrganizerBookingQueriesContractTest extends OrganizerBookingQueriesContract {
  @Override
  protected ContractPorts emptyPorts() {
    return ContractPorts.inMemory();
  }
}
