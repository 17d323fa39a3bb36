package org.aquastream.event.application.service.waitlist;

import java.lang.System.Logger.Level;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.waitlist.ProcessWaitlistUseCase;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.service.organizer.OrganizerAccess;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.InvalidStateException;

/**
 * Offers every free seat of an event to its queue now, first fit, whatever {@code auto-process}
 * says: the owning organizer's "notify" button and the ADMIN's process-waitlist job. Answers how
 * many parties were notified.
 */
public final class ProcessWaitlistService implements ProcessWaitlistUseCase {
  private static final System.Logger LOG = System.getLogger(ProcessWaitlistService.class.getName());

  private final UnitOfWork unitOfWork;
  private final EventRepository events;
  private final OrganizerAccess access;
  private final WaitlistOffers offers;
  private final Clock clock;

  public ProcessWaitlistService(
      UnitOfWork unitOfWork,
      EventRepository events,
      OrganizerAccess access,
      WaitlistOffers offers,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.events = events;
    this.access = access;
    this.offers = offers;
    this.clock = clock;
  }

  @Override
  public int process(Actor actor, EventId eventId) {
    int notified =
        unitOfWork.inTransaction(
            () -> {
              Event event =
                  events
                      .lockById(eventId)
                      .orElseThrow(() -> new NotFoundException("event", eventId));
              access.requireManages(actor, event);
              event
                  .whyClosedForBooking(clock.now())
                  .ifPresent(
                      reason -> {
                        throw new InvalidStateException(reason);
                      });
              return offers.offerFreeSeats(eventId).parties();
            });
    LOG.log(Level.INFO, "Waitlist processed: eventId={0}, notified={1}", eventId, notified);
    return notified;
  }
}
