package org.aquastream.event.application.port.in.waitlist;

import java.util.Optional;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.waitlist.WaitlistStatus;

/** A user lists their waitlist entries across events, newest first. */
public interface ListMyWaitlistUseCase {
  Page<WaitlistEntryView> list(Actor actor, Optional<WaitlistStatus> status, PageRequest page);
}
