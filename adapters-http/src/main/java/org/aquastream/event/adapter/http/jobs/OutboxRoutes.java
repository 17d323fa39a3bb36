package org.aquastream.event.adapter.http.jobs;

import io.javalin.http.Context;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.application.port.in.operations.RelayOutboxUseCase;
import org.aquastream.event.domain.shared.Role;

/** The outbox relay on demand (ADMIN), beside the other jobs: what one pass delivered. */
public final class OutboxRoutes implements RouteGroup {
  private final RelayOutboxUseCase relayOutbox;

  public OutboxRoutes(RelayOutboxUseCase relayOutbox) {
    this.relayOutbox = relayOutbox;
  }

  @Override
  public void declare(Routes routes) {
    routes.post(JobRoutes.BASE + "/relay-outbox", Role.ADMIN, this::relay);
  }

  private void relay(Context ctx) {
    ctx.json(relayOutbox.relay());
  }
}
