package org.aquastream.event.application.port.in.organizer;

import java.util.Optional;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** Anyone browses the directory of organizers, sorted by name. */
public interface ListOrganizersUseCase {
  int MAX_SEARCH_LENGTH = 200;

  /**
   * @param search part of the name or description, ignoring case; at most {@value
   *     #MAX_SEARCH_LENGTH} characters
   */
  Page<OrganizerCard> list(Optional<String> search, PageRequest page);
}
