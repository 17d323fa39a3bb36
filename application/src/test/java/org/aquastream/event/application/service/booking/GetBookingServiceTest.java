package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.Test;

class GetBookingServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Organizer club = core.anOrganizer();
  private final Event event = core.store(TestEvents.aPublishedEvent().organizedBy(club).build());
  private final Actor alice = TestActors.user();
  private final Booking booking = core.book(alice, event.id());

  @Test
  void theOwnerReadsTheirBookingWithItsEvent() {
    core.clock().advance(Duration.ofMinutes(10));

    BookingView view = core.getBooking().get(alice, booking.id());

    assertThat(view.booking().id()).isEqualTo(booking.id());
    assertThat(view.booking().userId()).isEqualTo(alice.userId());
    assertThat(view.event().id()).isEqualTo(event.id());
    assertThat(view.event().dateStart()).isEqualTo(event.details().schedule().start());
    assertThat(view.remainingMinutes()).isEqualTo(20);
    assertThat(view.canConfirm()).isTrue();
    assertThat(view.canCancel()).isTrue();
  }

  @Test
  void anAdminReadsAnyBooking() {
    assertThat(core.getBooking().get(TestActors.admin(), booking.id()).booking().id())
        .isEqualTo(booking.id());
  }

  @Test
  void someoneElsesBookingLooksMissing() {
    NotFoundException other =
        catchNotFound(() -> core.getBooking().get(TestActors.user(), booking.id()));
    NotFoundException organizer =
        catchNotFound(() -> core.getBooking().get(TestActors.organizerOwning(club), booking.id()));
    BookingId missingId = BookingId.newId();
    NotFoundException missing = catchNotFound(() -> core.getBooking().get(alice, missingId));

    assertThat(other.resource()).isEqualTo("booking").isEqualTo(missing.resource());
    assertThat(organizer.resource()).isEqualTo("booking");
    assertThat(other.getMessage()).isEqualTo("Booking " + booking.id() + " was not found");
  }

  @Test
  void aGuestIsDenied() {
    assertThatThrownBy(() -> core.getBooking().get(TestActors.guest(), booking.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  private static NotFoundException catchNotFound(Runnable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call::run);
    assertThat(thrown).isInstanceOf(NotFoundException.class);
    return (NotFoundException) thrown;
  }
}
