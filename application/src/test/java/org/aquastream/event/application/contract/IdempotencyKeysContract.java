package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestBookings.aBookingOf;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import org.aquastream.event.application.port.out.booking.IdempotencyKeys;
import org.aquastream.event.application.port.out.booking.IdempotencyKeys.Claim;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.shared.UserId;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyKeys} must do: replay the same request, refuse a different one. */
public abstract class IdempotencyKeysContract extends PortContract {
  private static final String BOOK_A = "POST /bookings eventId=a";
  private static final String BOOK_B = "POST /bookings eventId=b";

  @Test
  void theFirstClaimOfAKeyIsFresh() {
    assertThat(ports.idempotencyKeys().claim(aUser(), "key-1", BOOK_A))
        .isEqualTo(new Claim.Fresh());
  }

  @Test
  void theSameRequestAgainReplaysTheBookingItMade() {
    UserId user = aUser();
    Booking booking = given(aBookingOf(givenEvent(), user));
    ports.idempotencyKeys().claim(user, "key-1", BOOK_A);
    ports.idempotencyKeys().complete(user, "key-1", booking.id());

    assertThat(ports.idempotencyKeys().claim(user, "key-1", BOOK_A))
        .isEqualTo(new Claim.Replay(booking.id()));
  }

  @Test
  void theKeyReusedForAnotherRequestIsAMismatch() {
    UserId user = aUser();
    Booking booking = given(aBookingOf(givenEvent(), user));
    ports.idempotencyKeys().claim(user, "key-1", BOOK_A);
    ports.idempotencyKeys().complete(user, "key-1", booking.id());

    assertThat(ports.idempotencyKeys().claim(user, "key-1", BOOK_B))
        .isEqualTo(new Claim.Mismatch());
  }

  @Test
  void aKeyClaimedButNeverCompletedIsNotReplayed() {
    UserId user = aUser();
    ports.idempotencyKeys().claim(user, "key-1", BOOK_A);

    assertThat(ports.idempotencyKeys().claim(user, "key-1", BOOK_A))
        .isEqualTo(new Claim.Mismatch());
  }

  @Test
  void keysBelongToOneUser() {
    UserId user = aUser();
    Booking booking = given(aBookingOf(givenEvent(), user));
    ports.idempotencyKeys().claim(user, "key-1", BOOK_A);
    ports.idempotencyKeys().complete(user, "key-1", booking.id());

    assertThat(ports.idempotencyKeys().claim(aUser(), "key-1", BOOK_A))
        .isEqualTo(new Claim.Fresh());
  }

  @Test
  void aClaimRolledBackWithItsUnitOfWorkIsForgotten() {
    UserId user = aUser();
    Claim inDeclinedWork =
        ports
            .unitOfWork()
            .inTransaction(
                () -> ports.idempotencyKeys().claim(user, "key-1", BOOK_A), claim -> false);

    assertThat(inDeclinedWork).isEqualTo(new Claim.Fresh());
    assertThat(ports.idempotencyKeys().claim(user, "key-1", BOOK_B)).isEqualTo(new Claim.Fresh());
  }

  @Test
  void peekingAtAnUnknownKeyFindsItFreshAndLeavesItUnclaimed() {
    UserId user = aUser();

    assertThat(ports.idempotencyKeys().peek(user, "key-1", BOOK_A)).isEqualTo(new Claim.Fresh());
    assertThat(ports.idempotencyKeys().claim(user, "key-1", BOOK_B)).isEqualTo(new Claim.Fresh());
  }

  @Test
  void peekingAtAUsedKeyTellsReplayFromMismatch() {
    UserId user = aUser();
    Booking booking = given(aBookingOf(givenEvent(), user));
    ports.idempotencyKeys().claim(user, "key-1", BOOK_A);
    ports.idempotencyKeys().complete(user, "key-1", booking.id());

    assertThat(ports.idempotencyKeys().peek(user, "key-1", BOOK_A))
        .isEqualTo(new Claim.Replay(booking.id()));
    assertThat(ports.idempotencyKeys().peek(user, "key-1", BOOK_B)).isEqualTo(new Claim.Mismatch());
  }
}
