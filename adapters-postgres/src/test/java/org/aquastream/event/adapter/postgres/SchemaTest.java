package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.domain.testdata.TestOrganizers.anOrganizer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The migrated schema: tables, indexes and the constraints that back up the domain rules. */
class SchemaTest {
  private static TestDatabase db;
  private static Database database;
  private static PostgresPersistence persistence;

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.fresh();
    database = new Database(db.dataSource());
    persistence = new PostgresPersistence(database);
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Test
  void everyContractTableLivesInTheEventSchema() {
    List<String> tables =
        database.withHandle(
            h ->
                h.createQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'event'")
                    .mapTo(String.class)
                    .list());

    assertThat(tables)
        .contains(
            "organizers",
            "events",
            "bookings",
            "booking_logs",
            "waitlist",
            "waitlist_audit",
            "team_members",
            "faq_items",
            "favorites",
            "idempotency_keys",
            "flyway_schema_history");
  }

  @Test
  void everyIndexOfTheOperationsDocumentExists() {
    assertThat(indexes().keySet())
        .contains(
            "idx_events_status_date",
            "idx_events_organizer",
            "idx_events_published_date",
            "idx_bookings_user_status",
            "idx_bookings_event_status",
            "idx_bookings_expires_at",
            "idx_bookings_payment_status",
            "idx_waitlist_event_priority",
            "idx_waitlist_status_notified",
            "idx_booking_logs_booking",
            "idx_waitlist_audit_user",
            "idx_favorites_user",
            "idx_bookings_user_created");
  }

  @Test
  void partialIndexesCoverOnlyTheRowsTheyAreFor() {
    Map<String, String> indexes = indexes();

    assertThat(indexes.get("ux_bookings_one_active_per_user_event"))
        .startsWith("CREATE UNIQUE INDEX")
        .contains("(event_id, user_id)")
        .contains("WHERE", "'PENDING'", "'CONFIRMED'");
    assertThat(indexes.get("ux_waitlist_one_queued_per_user_event"))
        .startsWith("CREATE UNIQUE INDEX")
        .contains("(event_id, user_id)")
        .contains("WHERE", "'WAITING'", "'NOTIFIED'");
    assertThat(indexes.get("idx_bookings_expires_at")).contains("WHERE", "'PENDING'");
    assertThat(indexes.get("idx_events_published_date")).contains("WHERE", "'PUBLISHED'");
  }

  @Test
  void availableCannotExceedCapacity() {
    Event event = anEvent();

    assertThatThrownBy(() -> setAvailable(event, "capacity + 1"))
        .satisfies(e -> assertThat(Database.sqlState(e)).isEqualTo("23514"))
        .hasMessageContaining("events_available_within_capacity");
  }

  @Test
  void availableCannotDropBelowZero() {
    Event event = anEvent();

    assertThatThrownBy(() -> setAvailable(event, "-1"))
        .satisfies(e -> assertThat(Database.sqlState(e)).isEqualTo("23514"))
        .hasMessageContaining("events_available_within_capacity");
  }

  @Test
  void waitlistPrioritiesComeFromASequenceInJoiningOrder() {
    Event event = anEvent();

    long first = joinWaitlist(event);
    long second = joinWaitlist(event);

    assertThat(second).isGreaterThan(first);
  }

  @Test
  void migratingACurrentSchemaAppliesNothing() {
    assertThat(PostgresMigrations.migrate(db.dataSource())).isZero();
  }

  @Test
  void migratingAnEmptyDatabaseAppliesEveryMigration() {
    try (TestDatabase empty = TestDatabase.fresh()) {
      new Database(empty.dataSource()).withHandle(h -> h.execute("DROP SCHEMA event CASCADE"));

      assertThat(PostgresMigrations.migrate(empty.dataSource())).isEqualTo(migrationScripts());
    }
  }

  /** How many V*.sql scripts db/migration holds, so the test needs no edit per migration. */
  private static int migrationScripts() {
    try (var files =
        java.nio.file.Files.list(
            java.nio.file.Path.of(PostgresMigrations.class.getResource("/db/migration").toURI()))) {
      return (int) files.filter(f -> f.getFileName().toString().matches("V.*\\.sql")).count();
    } catch (java.io.IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> indexes() {
    return database.withHandle(
        h ->
            h
                .createQuery(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'event'")
                .map((rs, ctx) -> Map.entry(rs.getString("indexname"), rs.getString("indexdef")))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  private static Event anEvent() {
    Organizer organizer = anOrganizer().build();
    persistence.organizers().insert(organizer);
    Event event = TestEvents.anEvent().organizedBy(organizer).capacity(5).build();
    persistence.events().insert(event);
    return event;
  }

  private static void setAvailable(Event event, String expression) {
    database.withHandle(
        h ->
            h.createUpdate("UPDATE event.events SET available = " + expression + " WHERE id = :id")
                .bind("id", event.id().value())
                .execute());
  }

  private static long joinWaitlist(Event event) {
    return database.withHandle(
        h ->
            h.createQuery(
                    """
                    INSERT INTO event.waitlist (id, event_id, user_id, status)
                    VALUES (:id, :eventId, :userId, 'WAITING')
                    RETURNING priority
                    """)
                .bind("id", UUID.randomUUID())
                .bind("eventId", event.id().value())
                .bind("userId", UUID.randomUUID())
                .mapTo(Long.class)
                .one());
  }
}
