package org.aquastream.event.domain.booking;

import static org.aquastream.event.domain.testdata.TestBookings.GRACE;
import static org.aquastream.event.domain.testdata.TestBookings.aBooking;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.aquastream.event.domain.shared.InvalidStateException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status against every transition: the allowed ones succeed, all others are refused. */
class BookingStateMachineTest {
  private static final Instant LATER = NOW.plusSeconds(60);

  enum Transition {
    CONFIRM(BookingStatus.CONFIRMED, (b, now) -> b.confirm(now, GRACE)),
    CONFIRM_MANUALLY(BookingStatus.CONFIRMED, Booking::confirmManually),
    CANCEL(BookingStatus.CANCELLED, (b, now) -> b.cancel("changed plans", now)),
    EXPIRE(BookingStatus.EXPIRED, Booking::expire),
    COMPLETE(BookingStatus.COMPLETED, Booking::complete),
    MARK_NO_SHOW(BookingStatus.NO_SHOW, Booking::markNoShow);

    final BookingStatus target;
    final BiFunction<Booking, Instant, Booking> apply;

    Transition(BookingStatus target, BiFunction<Booking, Instant, Booking> apply) {
      this.target = target;
      this.apply = apply;
    }
  }

  /** The contract's state machine, written out independently of the code under test. */
  private static final Map<BookingStatus, Set<Transition>> ALLOWED =
      Map.of(
          BookingStatus.PENDING,
              Set.of(
                  Transition.CONFIRM,
                  Transition.CONFIRM_MANUALLY,
                  Transition.CANCEL,
                  Transition.EXPIRE),
          BookingStatus.CONFIRMED,
              Set.of(Transition.CANCEL, Transition.COMPLETE, Transition.MARK_NO_SHOW),
          BookingStatus.COMPLETED, Set.of(),
          BookingStatus.EXPIRED, Set.of(),
          BookingStatus.CANCELLED, Set.of(),
          BookingStatus.NO_SHOW, Set.of());

  static Stream<Arguments> allowed() {
    return everyPair().filter(a -> ALLOWED.get(status(a)).contains(transition(a)));
  }

  static Stream<Arguments> refused() {
    return everyPair().filter(a -> !ALLOWED.get(status(a)).contains(transition(a)));
  }

  static Stream<Arguments> everyStatusPair() {
    return Stream.of(BookingStatus.values())
        .flatMap(
            from ->
                Stream.of(BookingStatus.values())
                    .map(
                        to ->
                            Arguments.of(
                                from,
                                to,
                                ALLOWED.get(from).stream().anyMatch(t -> t.target == to))));
  }

  private static Stream<Arguments> everyPair() {
    return Stream.of(BookingStatus.values())
        .flatMap(s -> Stream.of(Transition.values()).map(t -> Arguments.of(s, t)));
  }

  private static BookingStatus status(Arguments a) {
    return (BookingStatus) a.get()[0];
  }

  private static Transition transition(Arguments a) {
    return (Transition) a.get()[1];
  }

  @ParameterizedTest(name = "{0} --{1}--> ok")
  @MethodSource("allowed")
  void allowedTransitionsMoveTheBooking(BookingStatus from, Transition transition) {
    Booking before = aBooking(from, PaymentStatus.NOT_REQUIRED).build();

    Booking after = transition.apply.apply(before, LATER);

    assertThat(after.status()).isEqualTo(transition.target);
    assertThat(after.updatedAt()).isEqualTo(LATER);
    assertThat(after.id()).isEqualTo(before.id());
    assertThat(after.createdAt()).isEqualTo(before.createdAt());
    assertThat(before.status()).as("bookings are immutable").isEqualTo(from);
  }

  @ParameterizedTest(name = "{0} --{1}--> refused")
  @MethodSource("refused")
  void everyOtherTransitionIsRefused(BookingStatus from, Transition transition) {
    Booking before = aBooking(from, PaymentStatus.NOT_REQUIRED).build();

    assertThatThrownBy(() -> transition.apply.apply(before, LATER))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining(from.name());
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @MethodSource("everyStatusPair")
  void statusesAllowExactlyTheDocumentedMoves(
      BookingStatus from, BookingStatus to, boolean allowed) {
    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void onlyPendingAndConfirmedHoldASeat(BookingStatus status) {
    boolean active = status == BookingStatus.PENDING || status == BookingStatus.CONFIRMED;

    assertThat(status.holdsSeat()).isEqualTo(active);
    assertThat(BookingStatus.ACTIVE.contains(status)).isEqualTo(active);
    assertThat(aBooking(status, PaymentStatus.NOT_REQUIRED).build().canCancel()).isEqualTo(active);
  }

  static Stream<BookingStatus> statuses() {
    return Stream.of(BookingStatus.values());
  }
}
