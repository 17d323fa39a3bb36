package org.aquastream.event.application.contract;

/** The UnitOfWork contract held against the in-memory fake. */
class InMemoryUnitOfWorkContractTest extends UnitOfWorkContract {
  @Override
  protected ContractPorts emptyPorts() {
    return ContractPorts.inMemory();
  }
}
