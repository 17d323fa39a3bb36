package org.aquastream.event.adapter.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.Objects;
import org.aquastream.event.domain.shared.Role;

/** Declares routes on the Javalin config; every route names the minimum role it needs. */
public final class Routes {
  /** Base path of the business API; operations endpoints live outside it. */
  public static final String API_V1 = "/api/v1";

  private final RoutesConfig config;

  Routes(RoutesConfig config) {
    this.config = config;
  }

  /**
   * A GET, and its HEAD twin: the same handler with the same role, the body left out by the server.
   * Without the twin, Javalin answers HEAD with an empty 200 of its own, checked against no role of
   * the route.
   */
  public Routes get(String path, Role minimum, Handler handler) {
    config.get(path, handler, role(minimum));
    config.head(path, handler, role(minimum));
    return this;
  }

  public Routes post(String path, Role minimum, Handler handler) {
    config.post(path, handler, role(minimum));
    return this;
  }

  public Routes put(String path, Role minimum, Handler handler) {
    config.put(path, handler, role(minimum));
    return this;
  }

  public Routes patch(String path, Role minimum, Handler handler) {
    config.patch(path, handler, role(minimum));
    return this;
  }

  public Routes delete(String path, Role minimum, Handler handler) {
    config.delete(path, handler, role(minimum));
    return this;
  }

  /**
   * An operations GET ({@code /actuator/*}) outside the API: open to anyone, identity headers are
   * not checked; the handler decides itself what a caller may see.
   */
  public Routes operation(String path, Handler handler) {
    config.get(path, handler, OpenRoute.INSTANCE);
    config.head(path, handler, OpenRoute.INSTANCE);
    return this;
  }

  /**
   * A PUT from another service ({@code /api/v1/bookings/payment/...}) that authenticates itself,
   * e.g. by a signature over its body: the gateway's role check is skipped and the handler decides
   * who may call. The body size limit still applies.
   */
  public Routes callback(String path, Handler handler) {
    config.put(path, handler, OpenRoute.INSTANCE);
    return this;
  }

  private static RequiredRole role(Role minimum) {
    return new RequiredRole(Objects.requireNonNull(minimum, "minimum role"));
  }
}
