package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.booking.BookingStatistics;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.Test;

/** An organizer reads the bookings of its own events, and nobody else's. */
class OrganizerBookingsServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Organizer organizer = core.anOrganizer();
  private final Organizer other = core.anOrganizer();
  private final Actor owner = TestActors.organizerOwning(organizer);
  private final Actor stranger = TestActors.organizerOwning(other);
  private final Event own =
      core.store(TestEvents.aPublishedEvent().organizedBy(organizer.id()).build());
  private final Event foreign =
      core.store(TestEvents.aPublishedEvent().organizedBy(other.id()).build());
  private final Booking ownBooking = core.book(TestActors.user(), own.id());
  private final Booking foreignBooking = core.book(TestActors.user(), foreign.id());

  @Test
  void anOrganizerListsOnlyTheBookingsOfItsEvents() {
    assertThat(ids(list(owner, Optional.empty(), Optional.empty())))
        .containsExactly(ownBooking.id().value());
    assertThat(ids(list(stranger, Optional.empty(), Optional.empty())))
        .containsExactly(foreignBooking.id().value());
  }

  @Test
  void anAdminSeesEveryOrganizersBookingsOrOneOrganizersOnRequest() {
    Actor admin = TestActors.admin();

    assertThat(list(admin, Optional.empty(), Optional.empty()).total()).isEqualTo(2);
    assertThat(
            core.listOrganizerBookings()
                .list(
                    admin,
                    Optional.of(other.id()),
                    Optional.empty(),
                    Optional.empty(),
                    PageRequest.first())
                .total())
        .isEqualTo(1);
  }

  @Test
  void namingAnotherOrganizersEventIsForbiddenAndAnUnknownOneNotFound() {
    assertThatThrownBy(() -> list(owner, Optional.of(foreign.id()), Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> core.bookingStatistics().get(owner, Optional.empty(), Optional.of(foreign.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> list(owner, Optional.of(EventId.newId()), Optional.empty()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anotherOrganizersBookingIsReportedMissing() {
    assertThat(core.getOrganizerBooking().get(owner, ownBooking.id()).booking().id())
        .isEqualTo(ownBooking.id());
    assertThatThrownBy(() -> core.getOrganizerBooking().get(owner, foreignBooking.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void statisticsCoverTheOrganizersOwnBookings() {
    core.book(TestActors.user(), own.id());

    BookingStatistics stats =
        core.bookingStatistics().get(owner, Optional.empty(), Optional.empty());

    assertThat(stats.totalBookings()).isEqualTo(2);
    assertThat(stats.bookingsByStatus().get(BookingStatus.PENDING)).isEqualTo(2);
  }

  @Test
  void anOrganizerRoleWithoutAnOrganizerIsForbidden() {
    assertThatThrownBy(() -> list(TestActors.organizer(), Optional.empty(), Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> list(TestActors.user(), Optional.empty(), Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
  }

  private Page<BookingView> list(
      Actor actor, Optional<EventId> event, Optional<BookingStatus> status) {
    return core.listOrganizerBookings()
        .list(actor, Optional.empty(), event, status, PageRequest.first());
  }

  private static java.util.List<java.util.UUID> ids(Page<BookingView> page) {
    return page.items().stream().map(v -> v.booking().id().value()).toList();
  }
}
