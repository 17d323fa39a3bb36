package org.aquastream.event.application.service.waitlist;

import java.util.Optional;
import org.aquastream.event.application.port.in.waitlist.ListMyWaitlistUseCase;
import org.aquastream.event.application.port.in.waitlist.WaitlistEntryView;
import org.aquastream.event.application.port.out.waitlist.WaitlistQueries;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.waitlist.WaitlistStatus;

/** The acting user's waitlist entries across events, newest first. */
public final class ListMyWaitlistService implements ListMyWaitlistUseCase {
  private final WaitlistQueries queries;

  public ListMyWaitlistService(WaitlistQueries queries) {
    this.queries = queries;
  }

  @Override
  public Page<WaitlistEntryView> list(
      Actor actor, Optional<WaitlistStatus> status, PageRequest page) {
    Permissions.require(actor, Role.USER);
    return queries.listByUser(actor.userId(), status, page);
  }
}
