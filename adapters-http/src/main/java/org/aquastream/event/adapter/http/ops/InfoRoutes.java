package org.aquastream.event.adapter.http.ops;

import java.util.Map;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;

/** {@code /actuator/info}: what runs here (version, git commit, profile), prepared by bootstrap. */
public final class InfoRoutes implements RouteGroup {
  private final Map<String, Object> info;

  public InfoRoutes(Map<String, Object> info) {
    this.info = Map.copyOf(info);
  }

  @Override
  public void declare(Routes routes) {
    routes.operation("/actuator/info", ctx -> ctx.json(info));
  }
}
