package org.aquastream.event.application.service.organizer;

import java.util.Optional;
import org.aquastream.event.application.port.in.organizer.ListOrganizersUseCase;
import org.aquastream.event.application.port.in.organizer.OrganizerCard;
import org.aquastream.event.application.port.out.organizer.OrganizerQueries;
import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.InvalidValueException;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/** The public directory of organizers. */
public final class ListOrganizersService implements ListOrganizersUseCase {
  private final OrganizerQueries queries;

  public ListOrganizersService(OrganizerQueries queries) {
    this.queries = queries;
  }

  @Override
  public Page<OrganizerCard> list(Optional<String> search, PageRequest page) {
    Optional<String> text = search.map(String::strip).filter(s -> !s.isEmpty());
    if (text.filter(s -> Guard.characters(s) > MAX_SEARCH_LENGTH).isPresent()) {
      throw new InvalidValueException(
          "search", "search must be at most " + MAX_SEARCH_LENGTH + " characters");
    }
    return queries.search(text, page);
  }
}
