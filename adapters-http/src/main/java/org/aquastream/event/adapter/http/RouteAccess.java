package org.aquastream.event.adapter.http;

import io.javalin.http.Context;
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
  private final long maxRequestBytes;

  RouteAccess(long maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  void check(Context ctx) {
    if (ctx.contentLength() > maxRequestBytes) {
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
