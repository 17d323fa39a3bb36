package org.aquastream.event.application.contract;

/** The BookingQueries contract held against the in-memory fake. */
class InMemoryBookingQueriesContractTest extends BookingQueriesContract {
  @Override
  protected ContractPorts emptyPorts() {
    return ContractPorts.inMemory();
  }
}
