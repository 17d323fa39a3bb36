package org.aquastream.event.application.port.in.organizer;

import java.util.List;
import java.util.Optional;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.Actor;

/** An organizer's FAQ, in {@link FaqItem#ORDER}. */
public interface ListFaqUseCase {

  /**
   * The public FAQ of the organizer with {@code slug}.
   *
   * @throws org.aquastream.event.application.error.NotFoundException for an unknown slug
   */
  List<FaqItem> ofOrganizer(Slug slug);

  /** The FAQ of the organizer the actor acts for ({@code organizerId}: an ADMIN's choice). */
  List<FaqItem> own(Actor actor, Optional<OrganizerId> organizerId);
}
