package org.aquastream.event.application.service.event;

import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.event.UpdateEventUseCase;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.waitlist.SeatRelease;

/**
 * Applies an organizer's partial update within what the event's status allows; seats added by a
 * raised capacity go to the waitlist first, like any other freed seat.
 */
public final class UpdateEventService implements UpdateEventUseCase {
  private final EventChanges changes;
  private final SeatRelease seatRelease;
  private final Clock clock;

  public UpdateEventService(EventChanges changes, SeatRelease seatRelease, Clock clock) {
    this.changes = changes;
    this.seatRelease = seatRelease;
    this.clock = clock;
  }

  @Override
  public EventView update(Command command) {
    return changes.apply(
        command.actor(),
        command.eventId(),
        event -> event.update(command.patch(), clock.now()),
        (before, after) ->
            seatRelease.seatsAdded(after.id(), after.available() - before.available()));
  }
}
