package org.aquastream.event.application.service.waitlist;

import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.waitlist.GetWaitlistStatusUseCase;
import org.aquastream.event.application.port.in.waitlist.WaitlistEntryView;
import org.aquastream.event.application.port.out.waitlist.WaitlistQueries;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;

/** Where the acting user stands in an event's queue. */
public final class GetWaitlistStatusService implements GetWaitlistStatusUseCase {
  private final WaitlistQueries queries;

  public GetWaitlistStatusService(WaitlistQueries queries) {
    this.queries = queries;
  }

  @Override
  public WaitlistEntryView status(Actor actor, EventId eventId) {
    Permissions.require(actor, Role.USER);
    return queries
        .findLatest(eventId, actor.userId())
        .orElseThrow(() -> new NotFoundException("waitlist entry", eventId));
  }
}
