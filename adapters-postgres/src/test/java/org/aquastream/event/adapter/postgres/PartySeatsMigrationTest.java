package org.aquastream.event.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Migration V8 (party bookings): rows written before it become parties of one, and the new columns
 * refuse what the domain refuses.
 */
class PartySeatsMigrationTest {
  private static final UUID ORGANIZER = UUID.randomUUID();
  private static final UUID EVENT = UUID.randomUUID();
  private static final UUID BOOKING = UUID.randomUUID();
  private static final UUID ENTRY = UUID.randomUUID();

  private static TestDatabase db;
  private static Database database;

  @BeforeAll
  static void migrateOverRowsOfVersion7() {
    db = TestDatabase.fresh();
    database = new Database(db.dataSource());
    database.withHandle(h -> h.execute("DROP SCHEMA event CASCADE"));
    flyway("7").migrate();
    database.withHandle(
        h -> {
          h.createUpdate(
                  """
                  INSERT INTO event.organizers (id, slug, name, owner_user_id)
                  VALUES (:id, 'old-club', 'Old club', :owner)
                  """)
              .bind("id", ORGANIZER)
              .bind("owner", UUID.randomUUID())
              .execute();
          h.createUpdate(
                  """
                  INSERT INTO event.events (id, organizer_id, type, title, date_start, date_end,
                      location, currency, capacity, available, status)
                  VALUES (:id, :organizer, 'KAYAK', 'Old trip', now() + interval '9 days',
                      now() + interval '10 days', '{}', 'RUB', 4, 3, 'PUBLISHED')
                  """)
              .bind("id", EVENT)
              .bind("organizer", ORGANIZER)
              .execute();
          h.createUpdate(
                  """
                  INSERT INTO event.bookings (id, event_id, user_id, status, amount, currency,
                      payment_status, created_by)
                  VALUES (:id, :event, :user, 'CONFIRMED', 0, 'RUB', 'NOT_REQUIRED', :user)
                  """)
              .bind("id", BOOKING)
              .bind("event", EVENT)
              .bind("user", UUID.randomUUID())
              .execute();
          return h.createUpdate(
                  """
                  INSERT INTO event.waitlist (id, event_id, user_id, status)
                  VALUES (:id, :event, :user, 'WAITING')
                  """)
              .bind("id", ENTRY)
              .bind("event", EVENT)
              .bind("user", UUID.randomUUID())
              .execute();
        });
    flyway(null).migrate();
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  private static Flyway flyway(String target) {
    var config =
        Flyway.configure()
            .dataSource(db.dataSource())
            .schemas(PostgresMigrations.SCHEMA)
            .defaultSchema(PostgresMigrations.SCHEMA)
            .createSchemas(true)
            .locations("classpath:db/migration");
    return (target == null ? config : config.target(target)).load();
  }

  private static int integer(String sql, UUID id) {
    return database.withHandle(h -> h.createQuery(sql).bind("id", id).mapTo(Integer.class).one());
  }

  private static void execute(String sql, UUID id) {
    database.withHandle(h -> h.createUpdate(sql).bind("id", id).execute());
  }

  @Test
  void everyExistingRowBecomesAPartyOfOne() {
    assertThat(integer("SELECT seats FROM event.bookings WHERE id = :id", BOOKING)).isEqualTo(1);
    assertThat(integer("SELECT seats FROM event.waitlist WHERE id = :id", ENTRY)).isEqualTo(1);
    assertThat(integer("SELECT max_seats_per_booking FROM event.events WHERE id = :id", EVENT))
        .isEqualTo(1);
  }

  @Test
  void aBookingOrAWaitlistEntryOfNoSeatIsRefused() {
    assertThatThrownBy(() -> execute("UPDATE event.bookings SET seats = 0 WHERE id = :id", BOOKING))
        .satisfies(e -> assertThat(Database.sqlState(e)).isEqualTo("23514"))
        .hasMessageContaining("bookings_seats_positive");
    assertThatThrownBy(() -> execute("UPDATE event.waitlist SET seats = -1 WHERE id = :id", ENTRY))
        .satisfies(e -> assertThat(Database.sqlState(e)).isEqualTo("23514"))
        .hasMessageContaining("waitlist_seats_positive");
  }

  @Test
  void theMostSeatsPerBookingLieBetweenOneAndTheCapacity() {
    assertThatThrownBy(
            () ->
                execute(
                    "UPDATE event.events SET max_seats_per_booking = capacity + 1 WHERE id = :id",
                    EVENT))
        .satisfies(e -> assertThat(Database.sqlState(e)).isEqualTo("23514"))
        .hasMessageContaining("events_max_seats_within_capacity");
    assertThatThrownBy(
            () ->
                execute("UPDATE event.events SET max_seats_per_booking = 0 WHERE id = :id", EVENT))
        .hasMessageContaining("events_max_seats_within_capacity");
    execute("UPDATE event.events SET max_seats_per_booking = capacity WHERE id = :id", EVENT);
    assertThat(integer("SELECT max_seats_per_booking FROM event.events WHERE id = :id", EVENT))
        .isEqualTo(4);
  }
}
