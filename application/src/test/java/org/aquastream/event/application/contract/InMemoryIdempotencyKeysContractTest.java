package org.aquastream.event.application.contract;

/** The IdempotencyKeys contract held against the in-memory fake. */
class InMemoryIdempotencyKeysContractTest extends IdempotencyKeysContract {
  @Override
  protected ContractPorts emptyPorts() {
    return ContractPorts.inMemory();
  }
}
