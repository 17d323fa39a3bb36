package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.Test;

class ListMyBookingsServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Actor alice = TestActors.user();
  private final Actor bob = TestActors.user();
  private final Event river = core.store(TestEvents.aPublishedEvent().build());
  private final Event lake = core.store(TestEvents.aPublishedEvent().build());
  private final Event sea = core.store(TestEvents.aPublishedEvent().build());
  private final Booking first = bookAndWait(alice, river);
  private final Booking bobs = bookAndWait(bob, river);
  private final Booking second = bookAndWait(alice, lake);
  private final Booking third = bookAndWait(alice, sea);

  private Booking bookAndWait(Actor actor, Event event) {
    Booking booking = core.book(actor, event.id());
    core.clock().advance(Duration.ofMinutes(1));
    return booking;
  }

  private Page<BookingView> list(Actor actor, Optional<BookingStatus> status, PageRequest page) {
    return core.listMyBookings().list(actor, status, page);
  }

  @Test
  void aUserSeesOnlyTheirOwnBookingsNewestFirst() {
    Page<BookingView> page = list(alice, Optional.empty(), PageRequest.first());

    assertThat(page.items())
        .extracting(v -> v.booking().id())
        .containsExactly(third.id(), second.id(), first.id());
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).noneMatch(v -> v.booking().id().equals(bobs.id()));
    assertThat(list(bob, Optional.empty(), PageRequest.first()).items())
        .extracting(v -> v.booking().id())
        .containsExactly(bobs.id());
  }

  @Test
  void eachBookingComesWithItsEventAndWhatCanBeDoneNow() {
    BookingView newest = list(alice, Optional.empty(), PageRequest.first()).items().getFirst();

    assertThat(newest.event().id()).isEqualTo(sea.id());
    assertThat(newest.event().title()).isEqualTo(sea.details().title());
    assertThat(newest.remainingMinutes()).as("booked one minute ago").isEqualTo(29);
    assertThat(newest.canConfirm()).isTrue();
    assertThat(newest.canCancel()).isTrue();
  }

  @Test
  void theListFiltersByStatus() {
    core.cancelBooking().cancel(alice, second.id(), Optional.empty());

    assertThat(list(alice, Optional.of(BookingStatus.CANCELLED), PageRequest.first()).items())
        .extracting(v -> v.booking().id())
        .containsExactly(second.id());
    assertThat(list(alice, Optional.of(BookingStatus.PENDING), PageRequest.first()).items())
        .extracting(v -> v.booking().id())
        .containsExactly(third.id(), first.id());
    assertThat(list(alice, Optional.of(BookingStatus.CONFIRMED), PageRequest.first()).items())
        .isEmpty();
  }

  @Test
  void theListIsPaged() {
    Page<BookingView> firstPage = list(alice, Optional.empty(), new PageRequest(0, 2));
    Page<BookingView> secondPage = list(alice, Optional.empty(), new PageRequest(1, 2));

    assertThat(firstPage.items())
        .extracting(v -> v.booking().id())
        .containsExactly(third.id(), second.id());
    assertThat(firstPage.hasNext()).isTrue();
    assertThat(secondPage.items()).extracting(v -> v.booking().id()).containsExactly(first.id());
    assertThat(secondPage.hasNext()).isFalse();
    assertThat(secondPage.total()).isEqualTo(3);
  }

  @Test
  void aUserWithoutBookingsGetsAnEmptyPage() {
    Page<BookingView> page = list(TestActors.user(), Optional.empty(), PageRequest.first());

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isZero();
  }

  @Test
  void aGuestHasNoBookingsToList() {
    assertThatThrownBy(() -> list(TestActors.guest(), Optional.empty(), PageRequest.first()))
        .isInstanceOf(AccessDeniedException.class);
  }
}
