package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestOrganizers.anOrganizer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.port.in.booking.BookingScope;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Booking statistics count the waitlist entries still queued for the organizer's events. */
class WaitlistStatisticsTest {
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
  void onlyWaitingAndNotifiedEntriesOfTheScopesEventsCount() {
    Organizer organizer = anOrganizer().build();
    Organizer other = anOrganizer().build();
    persistence.organizers().insert(organizer);
    persistence.organizers().insert(other);
    Event first = event(organizer);
    Event second = event(organizer);
    Event foreign = event(other);
    queue(first, "WAITING");
    queue(first, "NOTIFIED");
    queue(first, "EXPIRED");
    queue(first, "CANCELLED");
    queue(first, "CONFIRMED");
    queue(second, "WAITING");
    queue(foreign, "WAITING");

    var queries = persistence.organizerBookingQueries();

    assertThat(queries.statistics(scope(organizer, Optional.empty())).waitlistSize()).isEqualTo(3);
    assertThat(queries.statistics(scope(organizer, Optional.of(first))).waitlistSize())
        .isEqualTo(2);
    assertThat(
            queries.statistics(new BookingScope(Optional.empty(), Optional.empty())).waitlistSize())
        .isEqualTo(4);
  }

  private static BookingScope scope(Organizer organizer, Optional<Event> event) {
    return new BookingScope(Optional.of(organizer.id()), event.map(Event::id));
  }

  private static Event event(Organizer organizer) {
    Event event = anEvent().organizedBy(organizer).build();
    persistence.events().insert(event);
    return event;
  }

  private static void queue(Event event, String status) {
    database.withHandle(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO event.waitlist
                           (id, event_id, user_id, status, notification_sent_at,
                            notification_expires_at)
                    VALUES (:id, :eventId, :userId, :status,
                            CASE WHEN :status = 'NOTIFIED' THEN now() END,
                            CASE WHEN :status = 'NOTIFIED' THEN now() + interval '10 minutes' END)
                    """)
                .bind("id", UUID.randomUUID())
                .bind("eventId", event.id().value())
                .bind("userId", UUID.randomUUID())
                .bind("status", status)
                .execute());
  }
}
