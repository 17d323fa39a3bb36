package org.aquastream.event.application.contract;

/** The FavoriteRepository contract held against the in-memory fake. */
class InMemoryFavoriteRepositoryContractTest extends FavoriteRepositoryContract {
  @Override
  protected ContractPorts emptyPorts() {
    return ContractPorts.inMemory();
  }
}
