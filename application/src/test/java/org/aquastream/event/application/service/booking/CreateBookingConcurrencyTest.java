package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase.Command;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many users race for few seats through the use case; capacity holds. */
class CreateBookingConcurrencyTest {
  private static final int USERS = 200;
  private static final int SEATS = 50;

  @Test
  @Timeout(30)
  void twoHundredUsersRacingForFiftySeatsGetExactlyFifty() throws Exception {
    InMemoryCore core = new InMemoryCore();
    Event event = core.store(TestEvents.aPublishedEvent().capacity(SEATS).build());
    List<Actor> users = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      users.add(TestActors.user());
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<BookingOutcome>> results = new ArrayList<>();

    try (ExecutorService pool = Executors.newFixedThreadPool(USERS)) {
      for (Actor user : users) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return core.createBooking().book(new Command(user, event.id(), Optional.empty()));
                }));
      }
      start.countDown();
    }

    List<BookingOutcome> outcomes = new ArrayList<>();
    for (Future<BookingOutcome> result : results) {
      outcomes.add(result.get());
    }
    Map<Class<?>, Long> byKind =
        outcomes.stream().collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
    assertThat(byKind)
        .containsOnly(
            Map.entry(BookingOutcome.Booked.class, (long) SEATS),
            Map.entry(BookingOutcome.SoldOut.class, (long) (USERS - SEATS)));
    assertThat(core.event(event.id()).available()).isZero();
    List<Booking> active = core.activeBookingsOf(event.id());
    assertThat(active).hasSize(SEATS);
    assertThat(active.stream().map(Booking::userId).distinct()).hasSize(SEATS);
    assertThat(core.wholeLog()).hasSize(SEATS);
    assertThat(
            outcomes.stream()
                .filter(BookingOutcome.Booked.class::isInstance)
                .map(o -> ((BookingOutcome.Booked) o).booking().booking().id())
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(active.stream().map(Booking::id).toList());
  }

  @Test
  @Timeout(30)
  void oneUserRacingWithItselfGetsOneSeat() throws Exception {
    InMemoryCore core = new InMemoryCore();
    Event event = core.store(TestEvents.aPublishedEvent().capacity(SEATS).build());
    Actor alice = TestActors.user();

    List<BookingOutcome> outcomes =
        race(20, () -> core.createBooking().book(new Command(alice, event.id(), Optional.empty())));

    Booking only = core.activeBookingsOf(event.id()).getFirst();
    assertThat(outcomes.stream().filter(BookingOutcome::tookSeat)).hasSize(1);
    assertThat(outcomes.stream().filter(o -> !o.tookSeat()))
        .hasSize(19)
        .allSatisfy(o -> assertThat(o).isEqualTo(new BookingOutcome.AlreadyBooked(only.id())));
    assertThat(core.activeBookingsOf(event.id())).hasSize(1);
    assertThat(core.event(event.id()).available()).isEqualTo(SEATS - 1);
  }

  @Test
  @Timeout(30)
  void retriesWithOneKeyRacingEachOtherMakeOneBooking() throws Exception {
    InMemoryCore core = new InMemoryCore();
    Event event = core.store(TestEvents.aPublishedEvent().capacity(SEATS).build());
    Actor alice = TestActors.user();

    List<BookingOutcome> outcomes =
        race(
            20,
            () -> core.createBooking().book(new Command(alice, event.id(), Optional.of("retry"))));

    Booking only = core.activeBookingsOf(event.id()).getFirst();
    assertThat(outcomes)
        .allSatisfy(
            o -> {
              assertThat(o).isInstanceOf(BookingOutcome.Booked.class);
              assertThat(((BookingOutcome.Booked) o).booking().booking().id()).isEqualTo(only.id());
            });
    assertThat(outcomes.stream().filter(o -> !((BookingOutcome.Booked) o).replayed())).hasSize(1);
    assertThat(core.wholeLog()).hasSize(1);
    assertThat(core.event(event.id()).available()).isEqualTo(SEATS - 1);
  }

  private static List<BookingOutcome> race(int threads, Callable<BookingOutcome> attempt)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<BookingOutcome>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return attempt.call();
                }));
      }
      start.countDown();
    }
    List<BookingOutcome> outcomes = new ArrayList<>();
    for (Future<BookingOutcome> result : results) {
      outcomes.add(result.get());
    }
    return outcomes;
  }
}
