package org.aquastream.event.adapter.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.aquastream.event.adapter.http.common.GatewayIdentity;
import org.aquastream.event.adapter.http.common.Problem;
import org.aquastream.event.adapter.http.common.ProblemException;
import org.aquastream.event.adapter.http.common.UnauthorizedException;
import org.aquastream.event.application.error.AccessDeniedException;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;

/**
 * Runs before every matched route: refuses oversized bodies, identifies the caller and checks the
 * route's minimum role (a guest gets 401, a signed-in user with too low a role 403).
 */
final class RouteAccess {
  /**
   * Oversized bodies up to this size are read and dropped before the 413 goes out: a client still
   * sending would otherwise meet a connection reset, not the answer. Larger ones are cut off.
   */
  static final long DRAIN_LIMIT_BYTES = 1024 * 1024;

  private final long maxRequestBytes;

  RouteAccess(long maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  void check(Context ctx) {
    if (ctx.contentLength() > maxRequestBytes) {
      if (ctx.contentLength() <= DRAIN_LIMIT_BYTES) {
        drain(ctx);
      }
      throw new ProblemException(Problem.payloadTooLarge(maxRequestBytes));
    }
    if (ctx.routeRoles().contains(OpenRoute.INSTANCE)) {
      return;
    }
    Actor actor = GatewayIdentity.identify(ctx);
    Role required = requiredRole(ctx);
    if (actor.hasRole(required)) {
      return;
    }
    if (actor.role() == Role.GUEST) {
      throw new UnauthorizedException("This needs a signed-in user with the " + required + " role");
    }
    throw new AccessDeniedException("This needs the " + required + " role");
  }

  private static void drain(Context ctx) {
    try (InputStream body = ctx.req().getInputStream()) {
      body.skipNBytes(ctx.contentLength());
    } catch (IOException e) {
      // The client went away or sent less than it announced: the 413 is still the answer.
    }
  }

  /** Routes declared without a role are closed to all but ADMIN. */
  private static Role requiredRole(Context ctx) {
    return ctx.routeRoles().stream()
        .filter(RequiredRole.class::isInstance)
        .map(RequiredRole.class::cast)
        .map(RequiredRole::minimum)
        .findFirst()
        .orElse(Role.ADMIN);
  }
}
