package org.aquastream.event.application.service.organizer;

import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.out.organizer.OrganizerRepository;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.Slug;

/** Finds the organizer a public page is about. */
public final class Organizers {
  private Organizers() {}

  public static Organizer bySlug(OrganizerRepository organizers, Slug slug) {
    return organizers.findBySlug(slug).orElseThrow(() -> new NotFoundException("organizer", slug));
  }
}
