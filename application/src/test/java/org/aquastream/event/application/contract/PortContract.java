package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestOrganizers.anOrganizer;
import static org.assertj.core.api.Assertions.assertThat;

import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.testdata.TestBookings;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every port contract shares: fresh ports over an empty store before each test, and the setup
 * of the rows a test needs.
 */
public abstract class PortContract {
  protected ContractPorts ports;

  /** The ports under test over a store that holds no rows. */
  protected abstract ContractPorts emptyPorts();

  @BeforeEach
  final void openPorts() {
    ports = emptyPorts();
  }

  protected Organizer givenOrganizer() {
    Organizer organizer = anOrganizer().build();
    assertThat(ports.organizers().insert(organizer)).isTrue();
    return organizer;
  }

  protected Event given(TestEvents.EventBuilder event) {
    Event built = event.build();
    ports.events().insert(built);
    return built;
  }

  protected Event givenEvent() {
    return given(anEvent().organizedBy(givenOrganizer()));
  }

  protected Booking given(TestBookings.BookingBuilder booking) {
    Booking built = booking.build();
    assertThat(ports.bookings().insertIfNoActive(built)).isTrue();
    return built;
  }
}
