package org.aquastream.event.adapter.postgres;

import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.TeamMemberRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The TeamMemberRepository contract held against PostgreSQL. */
class PostgresTeamMemberRepositoryContractTest extends TeamMemberRepositoryContract {
  private static TestDatabase db;

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.fresh();
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Override
  protected ContractPorts emptyPorts() {
    return PostgresPorts.emptied(db);
  }
}
