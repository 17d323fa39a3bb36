package org.aquastream.event.application.service.event;

import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.out.event.EventQueries;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;

/**
 * The shared shape of an organizer's change to one event: lock it, check the actor manages it,
 * apply the change, store it, and answer with the stored view.
 */
public final class EventChanges {
  private final UnitOfWork unitOfWork;
  private final EventRepository events;
  private final EventQueries queries;
  private final OrganizerAccess access;

  public EventChanges(
      UnitOfWork unitOfWork, EventRepository events, EventQueries queries, OrganizerAccess access) {
    this.unitOfWork = unitOfWork;
    this.events = events;
    this.queries = queries;
    this.access = access;
  }

  /** Runs {@code change} on the locked event; it may store more in the same transaction. */
  public EventView apply(Actor actor, EventId id, UnaryOperator<Event> change) {
    return apply(actor, id, change, (before, after) -> {});
  }

  /**
   * As {@link #apply(Actor, EventId, UnaryOperator)}; then, still in the transaction, {@code
   * afterStore} sees the event as it was and as it is stored now.
   */
  public EventView apply(
      Actor actor, EventId id, UnaryOperator<Event> change, BiConsumer<Event, Event> afterStore) {
    unitOfWork.inTransaction(
        () -> {
          Event event = events.lockById(id).orElseThrow(() -> new NotFoundException("event", id));
          access.requireManages(actor, event);
          Event changed = change.apply(event);
          events.update(changed);
          afterStore.accept(event, changed);
          return changed;
        });
    return queries.findView(id).orElseThrow(() -> new NotFoundException("event", id));
  }
}
