package org.aquastream.event.application.port.in.event;

import java.util.Objects;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventPatch;
import org.aquastream.event.domain.shared.Actor;

/** The owning organizer changes an event, within what its status allows. */
public interface UpdateEventUseCase {

  /**
   * @throws org.aquastream.event.domain.shared.InvalidStateException when the status forbids the
   *     change or capacity would drop below the seats taken
   */
  EventView update(Command command);

  /** Which event, and which fields change. */
  record Command(Actor actor, EventId eventId, EventPatch patch) {
    public Command {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(patch, "patch");
    }
  }
}
