package org.aquastream.event.adapter.postgres;

import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.contract.ContractPorts;
import org.aquastream.event.application.contract.SeatCountsAndDueBookingsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The seat-count and due-booking contract held against PostgreSQL. */
class PostgresSeatCountsAndDueBookingsContractTest extends SeatCountsAndDueBookingsContract {
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
