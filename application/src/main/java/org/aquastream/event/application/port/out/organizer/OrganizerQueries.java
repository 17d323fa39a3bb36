package org.aquastream.event.application.port.out.organizer;

import java.util.Optional;
import org.aquastream.event.application.port.in.organizer.OrganizerCard;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** Reads organizers for the public directory. */
public interface OrganizerQueries {

  /**
   * Organizers whose name or description contains {@code text} (ignoring case; all when empty),
   * sorted by name then id, each with the number of its published events.
   */
  Page<OrganizerCard> search(Optional<String> text, PageRequest page);
}
