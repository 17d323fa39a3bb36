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
import org.aquastream.event.application.fake.MutableClock;
import org.aquastream.event.application.fake.RecordingBusinessMetrics;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.service.booking.BookingPolicy;
import org.aquastream.event.application.testdata.TestStores;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The booking race, run through the real booking use case of eight instances on PostgreSQL twice:
 * with the service's seat repository (one conditional decrement) exactly as many users win as there
 * are seats; with a read-then-write repository the very same race oversells, so the race is one
 * that can catch it.
 */
class BookingRaceNegativeControlTest {
  private static final int SEATS = 50;
  private static final int USERS = 200;
  private static final int INSTANCES = 8;
  private static final BookingPolicy POLICY =
      new BookingPolicy(Duration.ofMinutes(30), Duration.ofMinutes(5));

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
  void withTheConditionalDecrementExactlyAsManyUsersAsSeatsGetOne() throws Exception {
    Event event = anEvent();

    List<BookingOutcome> outcomes = race(instancesWith(persistence.events()), event);

    assertThat(outcomes).filteredOn(BookingOutcome::tookSeat).hasSize(SEATS);
    assertThat(outcomes)
        .filteredOn(o -> !o.tookSeat())
        .hasSize(USERS - SEATS)
        .allSatisfy(o -> assertThat(o).isInstanceOf(BookingOutcome.SoldOut.class));
    assertThat(available(event)).isZero();
    assertThat(activeBookings(event)).isEqualTo(SEATS);
  }

  @Test
  void withReadThenWriteTheSameRaceSellsMoreSeatsThanTheEventHas() throws Exception {
    Event event = anEvent();

    List<BookingOutcome> outcomes =
        race(instancesWith(new ReadThenWriteSeats(database, INSTANCES)), event);

    long sold = outcomes.stream().filter(BookingOutcome::tookSeat).count();
    assertThat(sold).as("bookings answered as made").isGreaterThan(SEATS);
    assertThat(activeBookings(event)).isEqualTo(sold).isGreaterThan(SEATS);
    assertThat(activeBookings(event) + available(event))
        .as("seats counted as sold or free no longer add up to the capacity")
        .isGreaterThan(SEATS);
  }

  /**
   * Every user books the event at the same moment, each on a thread of its own, through the
   * instances in turn.
   */
  private static List<BookingOutcome> race(List<CreateBookingUseCase> instances, Event event)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<BookingOutcome>> results = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(USERS)) {
      for (int i = 0; i < USERS; i++) {
        Actor user = Actor.of(aUser(), Role.USER);
        CreateBookingUseCase booking = instances.get(i % instances.size());
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  return booking.book(
                      new CreateBookingUseCase.Command(user, event.id(), Optional.empty()));
                }));
      }
      start.countDown();
      List<BookingOutcome> outcomes = new ArrayList<>();
      for (Future<BookingOutcome> result : results) {
        outcomes.add(result.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    }
  }

  /**
   * The booking use case of {@link #INSTANCES} service instances as the service wires it, over
   * {@code seats} for the seat count. Each instance combines its own waiting requests for an event
   * into one transaction at a time, so seats are taken concurrently only across instances.
   */
  private static List<CreateBookingUseCase> instancesWith(EventRepository seats) {
    List<CreateBookingUseCase> instances = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      instances.add(
          PostgresServices.useCases(
                  TestStores.from(persistence.stores()).events(seats).build(),
                  new MutableClock(NOW),
                  new RecordingBusinessMetrics(),
                  100)
              .createBooking());
    }
    return instances;
  }

  private static Event anEvent() {
    Organizer organizer = anOrganizer().build();
    persistence.organizers().insert(organizer);
    Event event = TestEvents.anEvent().organizedBy(organizer).capacity(SEATS).build();
    persistence.events().insert(event);
    return event;
  }

  private static long available(Event event) {
    return count("SELECT available FROM event.events WHERE id = :id", event);
  }

  private static long activeBookings(Event event) {
    return count(
        "SELECT count(*) FROM event.bookings WHERE event_id = :id"
            + " AND status IN ('PENDING', 'CONFIRMED')",
        event);
  }

  private static long count(String sql, Event event) {
    return database.withHandle(
        h -> h.createQuery(sql).bind("id", event.id().value()).mapTo(Long.class).one());
  }
}
