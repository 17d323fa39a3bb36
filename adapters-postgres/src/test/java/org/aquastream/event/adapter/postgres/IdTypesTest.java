package org.aquastream.event.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Statements bind the domain's ids as the uuid they wrap and read them back from uuid columns. */
class IdTypesTest {
  private static TestDatabase db;
  private static Database database;

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.fresh();
    database = new Database(db.dataSource());
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Test
  void anIdIsBoundAsItsUuid() {
    UUID uuid = UUID.randomUUID();

    String type =
        database.one(
            "SELECT pg_typeof(:id)::text || ' ' || CAST(:id AS text)",
            query -> query.bind("id", new EventId(uuid)).mapTo(String.class));

    assertThat(type).isEqualTo("uuid " + uuid);
  }

  @Test
  void anIdIsReadBackFromAUuidColumn() {
    UUID uuid = UUID.randomUUID();

    EventId read =
        database.one(
            "SELECT CAST(:uuid AS uuid) AS id",
            query -> query.bind("uuid", uuid.toString()).mapTo(EventId.class));

    assertThat(read).isEqualTo(new EventId(uuid));
  }

  @Test
  void aNullUuidColumnReadsAsNoId() {
    List<UserId> read =
        database.list("SELECT CAST(NULL AS uuid) AS id", query -> query.mapTo(UserId.class));

    assertThat(read).containsExactly((UserId) null);
  }

  @Test
  void idsAreBoundAsAUuidArray() {
    List<BookingId> ids =
        List.of(new BookingId(UUID.randomUUID()), new BookingId(UUID.randomUUID()));

    List<BookingId> read =
        database.list(
            "SELECT unnest(:ids) AS id",
            query -> query.bindArray("ids", BookingId.class, ids).mapTo(BookingId.class));

    assertThat(read).containsExactlyInAnyOrderElementsOf(ids);
  }
}
