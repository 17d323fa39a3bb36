package org.aquastream.event.application.port.in.organizer;

import org.aquastream.event.domain.organizer.Slug;

/** Anyone reads an organizer's public page. */
public interface GetOrganizerUseCase {

  /**
   * @throws org.aquastream.event.application.error.NotFoundException for an unknown slug
   */
  OrganizerPage get(Slug slug);
}
