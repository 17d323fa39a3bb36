package org.aquastream.event.adapter.postgres;

import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.WaitlistPorts;
import org.aquastream.event.application.contract.WaitlistRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The WaitlistRepository contract held against PostgreSQL. */
class PostgresWaitlistRepositoryContractTest extends WaitlistRepositoryContract {
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

  @Override
  protected WaitlistPorts waitlistPorts() {
    return PostgresPorts.waitlist(db);
  }
}
