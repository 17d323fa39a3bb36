package org.aquastream.event.application.service.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.testdata.TestActors;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.waitlist.WaitlistStatus;
import org.junit.jupiter.api.Test;

class ExpirePendingBookingsServiceTest {
  private static final Duration TTL = InMemoryCore.POLICY.ttl();
  private static final Duration GRACE = InMemoryCore.POLICY.gracePeriod();

  private final InMemoryCore core = new InMemoryCore();
  private final Event event = core.store(TestEvents.aPublishedEvent().capacity(10).build());

  @Test
  void aBookingExpiresOnlyAfterItsTtlAndTheGracePeriod() {
    Booking booking = core.book(TestActors.user(), event.id());

    core.clock().advance(TTL.plus(GRACE));
    assertThat(core.expirePendingBookings().expirePendingBookings()).isZero();
    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.PENDING);

    core.clock().advance(Duration.ofSeconds(1));
    assertThat(core.expirePendingBookings().expirePendingBookings()).isEqualTo(1);
    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.EXPIRED);
  }

  @Test
  void anExpiredBookingFreesItsSeatAndIsAuditedAndCounted() {
    Booking booking = core.book(TestActors.user(), event.id());
    core.clock().advance(TTL.plus(GRACE).plusSeconds(1));

    core.expirePendingBookings().expirePendingBookings();

    assertThat(core.event(event.id()).available()).isEqualTo(10);
    assertThat(core.availableByInvariant(event.id())).isEqualTo(10);
    assertThat(core.logOf(booking.id()))
        .last()
        .satisfies(
            (BookingLogEntry row) -> {
              assertThat(row.oldStatus()).contains(BookingStatus.PENDING);
              assertThat(row.newStatus()).isEqualTo(BookingStatus.EXPIRED);
              assertThat(row.actor()).isEmpty();
              assertThat(row.details()).containsEntry("reason", "TTL_EXPIRED");
              assertThat(row.at()).isEqualTo(core.clock().now());
            });
    assertThat(core.metrics().count(BusinessEvent.BOOKING_EXPIRED)).isEqualTo(1);
  }

  @Test
  void confirmedAndYoungerBookingsStay() {
    Actor payer = TestActors.user();
    Booking confirmed = core.book(payer, event.id());
    core.confirmBooking().confirm(payer, confirmed.id());
    Booking old = core.book(TestActors.user(), event.id());
    core.clock().advance(Duration.ofMinutes(20));
    Booking young = core.book(TestActors.user(), event.id());
    core.clock().advance(TTL.plus(GRACE).minus(Duration.ofMinutes(19)));

    assertThat(core.expirePendingBookings().expirePendingBookings()).isEqualTo(1);

    assertThat(core.booking(old.id()).status()).isEqualTo(BookingStatus.EXPIRED);
    assertThat(core.booking(young.id()).status()).isEqualTo(BookingStatus.PENDING);
    assertThat(core.booking(confirmed.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
  }

  @Test
  void moreDueBookingsThanABatchAllExpireInOneRun() {
    int due = InMemoryCore.EXPIRY_BATCH_SIZE * 3 + 1;
    List<Booking> booked = new ArrayList<>();
    for (int i = 0; i < due; i++) {
      booked.add(core.book(TestActors.user(), event.id()));
    }
    core.clock().advance(TTL.plus(GRACE).plusSeconds(1));

    assertThat(core.expirePendingBookings().expirePendingBookings()).isEqualTo(due);

    assertThat(booked)
        .allSatisfy(
            b -> assertThat(core.booking(b.id()).status()).isEqualTo(BookingStatus.EXPIRED));
    assertThat(core.event(event.id()).available()).isEqualTo(10);
    assertThat(core.expirePendingBookings().expirePendingBookings()).isZero();
  }

  @Test
  void anExpiredSeatOfASoldOutEventIsHeldForTheHeadOfTheQueue() {
    Event small = core.store(TestEvents.aPublishedEvent().capacity(2).build());
    core.book(TestActors.user(), small.id());
    core.book(TestActors.user(), small.id());
    Actor first = TestActors.user();
    Actor second = TestActors.user();
    Actor third = TestActors.user();
    core.join(first, small.id());
    core.join(second, small.id());
    core.join(third, small.id());
    core.clock().advance(TTL.plus(GRACE).plusSeconds(1));

    assertThat(core.expirePendingBookings().expirePendingBookings()).isEqualTo(2);

    assertThat(core.entryOf(first, small.id()).status()).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(core.entryOf(second, small.id()).status()).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(core.entryOf(third, small.id()).status()).isEqualTo(WaitlistStatus.WAITING);
    assertThat(core.event(small.id()).available()).isZero();
    assertThat(core.availableByInvariant(small.id())).isZero();
    assertThat(core.metrics().count(BusinessEvent.WAITLIST_PROCESSED)).isEqualTo(2);
  }

  @Test
  void aBookingCancelledBeforeTheJobRunsIsLeftAlone() {
    Actor alice = TestActors.user();
    Booking booking = core.book(alice, event.id());
    core.clock().advance(TTL);
    core.cancelBooking().cancel(alice, booking.id(), Optional.empty());
    core.clock().advance(GRACE.plusSeconds(1));

    assertThat(core.expirePendingBookings().expirePendingBookings()).isZero();
    assertThat(core.booking(booking.id()).status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(core.event(event.id()).available()).isEqualTo(10);
  }
}
