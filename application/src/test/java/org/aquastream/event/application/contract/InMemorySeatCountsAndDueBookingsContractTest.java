package org.aquastream.event.application.contract;

/** The seat-count and due-booking contract held against the in-memory fakes. */
class InMemorySeatCountsAndDueBookingsContractTest extends SeatCountsAndDueBookingsContract {
  @Override
  protected ContractPorts emptyPorts() {
    return ContractPorts.inMemory();
  }
}
