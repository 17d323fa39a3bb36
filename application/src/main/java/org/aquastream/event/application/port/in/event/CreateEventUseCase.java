package org.aquastream.event.application.port.in.event;

import java.util.Objects;
import java.util.Optional;
import org.aquastream.event.domain.event.Capacity;
import org.aquastream.event.domain.event.EventDetails;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;

/** An organizer drafts a new event. */
public interface CreateEventUseCase {

  /**
   * @throws org.aquastream.event.application.error.AccessDeniedException when the actor acts for no
   *     organizer, or for one it does not own
   */
  EventView create(Command command);

  /**
   * A new event; {@code organizerId} lets an ADMIN act for any organizer, others act for their own.
   * One booking may take 1 to {@code maxSeatsPerBooking} seats.
   */
  record Command(
      Actor actor,
      Optional<OrganizerId> organizerId,
      EventDetails details,
      Capacity capacity,
      int maxSeatsPerBooking) {

    public Command {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(organizerId, "organizerId");
      Objects.requireNonNull(details, "details");
      Objects.requireNonNull(capacity, "capacity");
    }
  }
}
