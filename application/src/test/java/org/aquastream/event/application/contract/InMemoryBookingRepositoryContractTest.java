package org.aquastream.event.application.contract;

/** The BookingRepository contract held against the in-memory fake. */
class InMemoryBookingRepositoryContractTest extends BookingRepositoryContract {
  @Override
  protected ContractPorts emptyPorts() {
    return ContractPorts.inMemory();
  }
}
