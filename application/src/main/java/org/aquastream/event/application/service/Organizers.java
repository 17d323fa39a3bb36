package org.aquastream.event.application.service;

import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.out.OrganizerRepository;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.Slug;

/** Finds the organizer a public page is about. */
final class Organizers {
  private Organizers() {}

  static Organizer bySlug(OrganizerRepository organizers, Slug slug) {
    return organizers.findBySlug(slug).orElseThrow(() -> new NotFoundException("organizer", slug));
  }
}
