package org.aquastream.event.adapter.http.organizer;

import io.javalin.http.Context;
import org.aquastream.event.adapter.http.common.ProblemException;
import org.aquastream.event.adapter.http.common.Problems;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.InvalidValueException;

/** Reads the {@code {slug}} of an organizer's public path. */
final class OrganizerSlugs {
  private OrganizerSlugs() {}

  /** A path slug that cannot be one names no organizer: 404, like an unknown one. */
  static Slug fromPath(Context ctx) {
    String text = ctx.pathParam("slug");
    try {
      return new Slug(text);
    } catch (InvalidValueException e) {
      throw new ProblemException(
          Problems.notFound("organizer", "Organizer " + text + " was not found"));
    }
  }
}
