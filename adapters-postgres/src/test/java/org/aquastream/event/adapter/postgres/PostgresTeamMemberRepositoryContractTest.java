package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.TeamMemberRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The TeamMemberRepository contract held against PostgreSQL. */
class PostgresTeamMemberRepositoryContractTest extends TeamMemberRepositoryContract {
  @RegisterExtension static final PostgresPorts DB = new PostgresPorts();

  @Override
  protected ContractPorts emptyPorts() {
    return DB.emptied();
  }
}
