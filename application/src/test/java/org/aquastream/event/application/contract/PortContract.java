package org.aquastream.event.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
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
    Organizer organizer = ContractData.anOrganizer();
    assertThat(ports.organizers().insert(organizer)).isTrue();
    return organizer;
  }

  protected Event given(ContractData.EventBuilder event) {
    Event built = event.build();
    ports.events().insert(built);
    return built;
  }

  protected Event givenEvent() {
    return given(ContractData.anEvent(givenOrganizer()));
  }

  protected Booking given(ContractData.BookingBuilder booking) {
    Booking built = booking.build();
    assertThat(ports.bookings().insertIfNoActive(built)).isTrue();
    return built;
  }
}
