package org.aquastream.event.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoleTest {
  private static final Map<Role, Set<Role>> INCLUDES =
      Map.of(
          Role.GUEST, Set.of(Role.GUEST),
          Role.USER, Set.of(Role.GUEST, Role.USER),
          Role.ORGANIZER, Set.of(Role.GUEST, Role.USER, Role.ORGANIZER),
          Role.ADMIN, Set.of(Role.GUEST, Role.USER, Role.ORGANIZER, Role.ADMIN));

  static Stream<Arguments> everyPairOfRoles() {
    return Stream.of(Role.values())
        .flatMap(
            holder ->
                Stream.of(Role.values())
                    .map(
                        required ->
                            Arguments.of(
                                holder, required, INCLUDES.get(holder).contains(required))));
  }

  @ParameterizedTest(name = "{0} may act as {1}: {2}")
  @MethodSource("everyPairOfRoles")
  void eachRoleMayDoWhatTheRolesBelowItMay(Role holder, Role required, boolean included) {
    assertThat(holder.includes(required)).isEqualTo(included);
  }
}
