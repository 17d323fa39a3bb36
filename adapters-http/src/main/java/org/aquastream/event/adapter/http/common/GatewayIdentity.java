package org.aquastream.event.adapter.http.common;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.shared.UserId;

/**
 * Who calls, as the gateway asserts it in {@code X-User-Id} (UUID) and {@code X-User-Role}. No
 * headers: a guest. An id without a role: a USER. A role above GUEST without an id, a malformed id
 * or an unknown role: 401. Blank headers count as absent.
 */
public final class GatewayIdentity {
  public static final String USER_ID_HEADER = "X-User-Id";
  public static final String USER_ROLE_HEADER = "X-User-Role";

  private static final String ATTRIBUTE = GatewayIdentity.class.getName();

  private GatewayIdentity() {}

  /**
   * Identifies the caller and remembers the result for {@link #actor(Context)}. A header sent twice
   * is refused: a gateway that appends its own value behind a forged one must not lose to it.
   */
  public static Actor identify(Context ctx) {
    requireAtMostOne(ctx, USER_ID_HEADER);
    requireAtMostOne(ctx, USER_ROLE_HEADER);
    Actor actor = fromHeaders(ctx.header(USER_ID_HEADER), ctx.header(USER_ROLE_HEADER));
    ctx.attribute(ATTRIBUTE, actor);
    return actor;
  }

  /** The caller of the current request. */
  public static Actor actor(Context ctx) {
    Actor actor = ctx.attribute(ATTRIBUTE);
    return actor != null ? actor : identify(ctx);
  }

  /** The caller if this request was already identified; never throws (for logs and metrics). */
  public static Optional<Actor> identified(Context ctx) {
    return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
  }

  public static Actor fromHeaders(String userIdHeader, String roleHeader) {
    Optional<UserId> user = present(userIdHeader).map(GatewayIdentity::userId);
    Role role =
        present(roleHeader)
            .map(GatewayIdentity::role)
            .orElse(user.isPresent() ? Role.USER : Role.GUEST);
    if (user.isEmpty() && role != Role.GUEST) {
      throw new UnauthorizedException(
          USER_ROLE_HEADER + " " + role + " needs an " + USER_ID_HEADER + " header");
    }
    return new Actor(user, role);
  }

  private static void requireAtMostOne(Context ctx, String header) {
    var values = ctx.req().getHeaders(header);
    if (values != null && values.hasMoreElements()) {
      values.nextElement();
      if (values.hasMoreElements()) {
        throw new UnauthorizedException(header + " must be sent once");
      }
    }
  }

  private static Optional<String> present(String header) {
    return Optional.ofNullable(header).map(String::strip).filter(value -> !value.isEmpty());
  }

  private static UserId userId(String text) {
    return Uuids.parse(text)
        .map(UserId::new)
        .orElseThrow(() -> new UnauthorizedException(USER_ID_HEADER + " must be a UUID"));
  }

  private static Role role(String text) {
    return Arrays.stream(Role.values())
        .filter(r -> r.name().equals(text))
        .findFirst()
        .orElseThrow(
            () ->
                new UnauthorizedException(
                    USER_ROLE_HEADER + " must be one of " + Arrays.toString(Role.values())));
  }
}
