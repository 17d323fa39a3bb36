package org.aquastream.event.application.port.out.waitlist;

import java.util.Optional;
import org.aquastream.event.application.port.in.waitlist.WaitlistEntryView;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistStatus;

/** Reads waitlist entries with their event and their standing in the queue, for their owners. */
public interface WaitlistQueries {

  /** The user's queued entry for the event or, when not queued, the latest finished one. */
  Optional<WaitlistEntryView> findLatest(EventId event, UserId user);

  /** A user's entries across events, newest first. */
  Page<WaitlistEntryView> listByUser(
      UserId user, Optional<WaitlistStatus> status, PageRequest page);
}
