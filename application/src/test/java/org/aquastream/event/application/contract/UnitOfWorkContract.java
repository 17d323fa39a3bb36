package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestBookings.aBookingOf;
import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.UserId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UnitOfWork} must do: all of the work's changes or none of them, as the work and
 * its {@code commitWhen} decide.
 */
public abstract class UnitOfWorkContract extends PortContract {

  @Test
  void committedWorkStaysStored() {
    Event event = given(anEvent().organizedBy(givenOrganizer()).capacity(3));
    Booking booking = aBookingOf(event, aUser()).build();

    String result = ports.unitOfWork().inTransaction(() -> book(event, booking));

    assertThat(result).isEqualTo("booked");
    assertThat(ports.bookings().findById(booking.id())).isPresent();
    assertThat(available(event)).isEqualTo(2);
  }

  @Test
  void workThatThrowsLeavesNothingBehind() {
    Event event = given(anEvent().organizedBy(givenOrganizer()).capacity(3));
    Booking booking = aBookingOf(event, aUser()).build();
    IllegalStateException failure = new IllegalStateException("payment adapter exploded");

    assertThatThrownBy(
            () ->
                ports
                    .unitOfWork()
                    .inTransaction(
                        () -> {
                          book(event, booking);
                          throw failure;
                        }))
        .isSameAs(failure);

    assertThat(ports.bookings().findById(booking.id())).isEmpty();
    assertThat(available(event)).isEqualTo(3);
  }

  @Test
  void workTheCallerDeclinesIsRolledBackYetAnswersItsResult() {
    Event event = given(anEvent().organizedBy(givenOrganizer()).capacity(3));
    Booking booking = aBookingOf(event, aUser()).build();

    String result =
        ports.unitOfWork().inTransaction(() -> book(event, booking), "committed"::equals);

    assertThat(result).isEqualTo("booked");
    assertThat(ports.bookings().findById(booking.id())).isEmpty();
    assertThat(available(event)).isEqualTo(3);
  }

  @Test
  void workSeesItsOwnChangesBeforeCommit() {
    Event event = given(anEvent().organizedBy(givenOrganizer()).capacity(3));
    UserId user = aUser();
    Booking booking = aBookingOf(event, user).build();

    int seenAvailable =
        ports
            .unitOfWork()
            .inTransaction(
                () -> {
                  book(event, booking);
                  assertThat(ports.bookings().findActive(event.id(), user)).isPresent();
                  return available(event);
                });

    assertThat(seenAvailable).isEqualTo(2);
  }

  @Test
  void aNestedUnitOfWorkRollsBackWithTheOuterOne() {
    Organizer organizer = givenOrganizer();
    Event event = anEvent().organizedBy(organizer).build();
    IllegalStateException failure = new IllegalStateException("outer work failed");

    assertThatThrownBy(
            () ->
                ports
                    .unitOfWork()
                    .inTransaction(
                        () -> {
                          ports
                              .unitOfWork()
                              .inTransaction(
                                  () -> {
                                    ports.events().insert(event);
                                    return event;
                                  });
                          throw failure;
                        }))
        .isSameAs(failure);

    assertThat(ports.events().findById(event.id())).isEmpty();
  }

  @Test
  void theOutermostUnitOfWorkDecidesWhetherToCommit() {
    Event event = anEvent().organizedBy(givenOrganizer()).build();

    ports
        .unitOfWork()
        .inTransaction(
            () ->
                ports
                    .unitOfWork()
                    .inTransaction(
                        () -> {
                          ports.events().insert(event);
                          return "inner declines";
                        },
                        result -> false));

    assertThat(ports.events().findById(event.id())).isPresent();
  }

  private String book(Event event, Booking booking) {
    assertThat(ports.events().takeSeat(event.id())).isTrue();
    assertThat(ports.bookings().insertIfNoActive(booking)).isTrue();
    return "booked";
  }

  private int available(Event event) {
    return ports.events().findById(event.id()).orElseThrow().available();
  }
}
