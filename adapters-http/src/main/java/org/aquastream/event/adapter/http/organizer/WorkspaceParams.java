package org.aquastream.event.adapter.http.organizer;

import io.javalin.http.Context;
import java.util.Optional;
import org.aquastream.event.adapter.http.common.Params;
import org.aquastream.event.domain.organizer.OrganizerId;

/** The {@code organizerId} query parameter with which an ADMIN acts for any organizer. */
final class WorkspaceParams {
  private WorkspaceParams() {}

  static Optional<OrganizerId> organizerId(Context ctx) {
    return Params.queryUuid(ctx, "organizerId").map(OrganizerId::new);
  }
}
