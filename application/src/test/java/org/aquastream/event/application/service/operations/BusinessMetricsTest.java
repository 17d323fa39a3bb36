package org.aquastream.event.application.service.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.Test;

/** What the use cases count for operators' dashboards. */
class BusinessMetricsTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Event event = core.store(TestEvents.aPublishedEvent().capacity(10).build());

  @Test
  void aBookingIsCountedWhenCreatedConfirmedAndCancelled() {
    Actor alice = TestActors.user();
    Booking booking = core.book(alice, event.id());
    core.confirmBooking().confirm(alice, booking.id());
    core.cancelBooking().cancel(alice, booking.id(), Optional.empty());

    assertThat(core.metrics().count(BusinessEvent.BOOKING_CREATED)).isEqualTo(1);
    assertThat(core.metrics().count(BusinessEvent.BOOKING_CONFIRMED)).isEqualTo(1);
    assertThat(core.metrics().count(BusinessEvent.BOOKING_CANCELLED)).isEqualTo(1);
  }

  @Test
  void aReplayedRequestIsNotCountedAgain() {
    Actor alice = TestActors.user();
    var command = new CreateBookingUseCase.Command(alice, event.id(), Optional.of("k-1"));
    core.createBooking().book(command);
    core.createBooking().book(command);

    assertThat(core.metrics().count(BusinessEvent.BOOKING_CREATED)).isEqualTo(1);
  }

  @Test
  void cancellingAnEventCountsEveryBookingItCancelled() {
    core.book(TestActors.user(), event.id());
    core.book(TestActors.user(), event.id());

    core.cancelEvent().cancel(TestActors.admin(), event.id());

    assertThat(core.metrics().count(BusinessEvent.BOOKING_CANCELLED)).isEqualTo(2);
  }
}
