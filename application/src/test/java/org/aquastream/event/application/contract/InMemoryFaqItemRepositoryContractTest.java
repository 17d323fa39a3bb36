package org.aquastream.event.application.contract;

/** The FaqItemRepository contract held against the in-memory fake. */
class InMemoryFaqItemRepositoryContractTest extends FaqItemRepositoryContract {
  @Override
  protected ContractPorts emptyPorts() {
    return ContractPorts.inMemory();
  }
}
