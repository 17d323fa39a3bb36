package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.domain.testdata.TestOrganizers.anOrganizer;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many users booking the same event at once never get more seats than it has. */
class SeatRaceTest {
  private static final Duration TTL = Duration.ofMinutes(30);

  private static TestDatabase db;
  private static Database database;
  private static PostgresPersistence persistence;
  private ExecutorService threads;

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

  @BeforeEach
  void startThreads() {
    threads = Executors.newFixedThreadPool(200);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void fiftySeatsGoToExactlyFiftyOfTwoHundredRacingUsers() throws Exception {
    Event event = anEvent(50);
    List<UserId> users = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      users.add(aUser());
    }

    List<Boolean> outcomes = race(event, users);

    assertThat(outcomes).filteredOn(took -> took).hasSize(50);
    assertThat(available(event)).isZero();
    assertThat(count("SELECT count(*) FROM event.bookings WHERE event_id = :id", event))
        .isEqualTo(50);
    assertThat(
            count(
                """
                SELECT count(*) FROM event.booking_logs l
                  JOIN event.bookings b ON b.id = l.booking_id
                 WHERE b.event_id = :id AND l.action = 'CREATED'
                """,
                event))
        .isEqualTo(50);
  }

  @Test
  void lastSeatGoesToExactlyOneOfTwoRacingUsers() throws Exception {
    Event event = anEvent(1);

    List<Boolean> outcomes = race(event, List.of(aUser(), aUser()));

    assertThat(outcomes).containsExactlyInAnyOrder(true, false);
    assertThat(available(event)).isZero();
    assertThat(count("SELECT count(*) FROM event.bookings WHERE event_id = :id", event))
        .isEqualTo(1);
  }

  @Test
  void oneUserRacingHimselfGetsOneBookingAndKeepsTheOtherSeatFree() throws Exception {
    Event event = anEvent(10);
    UserId user = aUser();

    List<Boolean> outcomes = race(event, List.of(user, user, user, user));

    assertThat(outcomes).filteredOn(took -> took).hasSize(1);
    assertThat(available(event)).isEqualTo(9);
    assertThat(count("SELECT count(*) FROM event.bookings WHERE event_id = :id", event))
        .isEqualTo(1);
  }

  /** Every user books at the same moment; true for each one who got a seat. */
  private List<Boolean> race(Event event, List<UserId> users) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (UserId user : users) {
      results.add(
          threads.submit(
              () -> {
                start.await();
                return book(event, user);
              }));
    }
    start.countDown();
    List<Boolean> outcomes = new ArrayList<>();
    for (Future<Boolean> result : results) {
      outcomes.add(result.get(60, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  /** The reservation of CreateBookingService: seat, booking and audit row in one transaction. */
  private static boolean book(Event event, UserId user) {
    return persistence
        .unitOfWork()
        .inTransaction(
            () -> {
              if (!persistence.events().takeSeat(event.id())) {
                return false;
              }
              Booking booking = Booking.create(BookingId.newId(), event, user, 1, user, NOW, TTL);
              if (!persistence.bookings().insertIfNoActive(booking)) {
                return false;
              }
              persistence.bookingLog().append(BookingLogEntry.created(booking, Optional.of(user)));
              return true;
            },
            took -> took);
  }

  private static Event anEvent(int seats) {
    Organizer organizer = anOrganizer().build();
    persistence.organizers().insert(organizer);
    Event event = TestEvents.anEvent().organizedBy(organizer).capacity(seats).build();
    persistence.events().insert(event);
    return event;
  }

  private static int available(Event event) {
    return persistence.events().findById(event.id()).orElseThrow().available();
  }

  private static int count(String sql, Event event) {
    return database.withHandle(
        h -> h.createQuery(sql).bind("id", event.id().value()).mapTo(Integer.class).one());
  }
}
