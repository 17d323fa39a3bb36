package org.aquastream.event.domain.shared;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.aquastream.event.domain.testdata.TestUsers.ALICE;
import static org.aquastream.event.domain.testdata.TestUsers.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActorTest {

  @Test
  void aGuestIsAnonymousAndMayOnlyBrowse() {
    Actor guest = Actor.guest();

    assertThat(guest.user()).isEmpty();
    assertThat(guest.role()).isEqualTo(Role.GUEST);
    assertThat(guest.hasRole(Role.GUEST)).isTrue();
    assertThat(guest.hasRole(Role.USER)).isFalse();
    assertThat(guest.isAdmin()).isFalse();
    assertThat(guest.is(ALICE)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "GUEST", mode = EnumSource.Mode.EXCLUDE)
  void onlyAGuestMayBeAnonymous(Role role) {
    assertThatThrownBy(() -> new Actor(Optional.empty(), role))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("anonymous");
  }

  @Test
  void aGuestHasNoUserIdToActWith() {
    assertThatThrownBy(() -> Actor.guest().userId()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aUserIsRecognisedByTheirIdOnly() {
    Actor alice = Actor.of(ALICE, Role.USER);

    assertThat(alice.userId()).isEqualTo(ALICE);
    assertThat(alice.is(ALICE)).isTrue();
    assertThat(alice.is(BOB)).isFalse();
  }

  @Test
  void rolesFollowTheirOrder() {
    Actor organizer = Actor.of(ALICE, Role.ORGANIZER);
    Actor admin = Actor.of(BOB, Role.ADMIN);

    assertThat(organizer.hasRole(Role.USER)).isTrue();
    assertThat(organizer.hasRole(Role.ORGANIZER)).isTrue();
    assertThat(organizer.hasRole(Role.ADMIN)).isFalse();
    assertThat(organizer.isAdmin()).isFalse();
    assertThat(admin.hasRole(Role.ORGANIZER)).isTrue();
    assertThat(admin.isAdmin()).isTrue();
  }

  @Test
  void aUserIdMustBeAUuid() {
    assertThat(UserId.of("00000000-0000-0001-0000-000000000001")).isEqualTo(ALICE);
    assertInvalidField(() -> UserId.of("not-a-uuid")).isEqualTo("userId");
    assertInvalidField(() -> new UserId(null)).isEqualTo("userId");
  }
}
