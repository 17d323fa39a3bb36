package org.aquastream.event.application.service.waitlist;

import java.lang.System.Logger.Level;
import org.aquastream.event.application.error.ConflictException;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.waitlist.JoinWaitlistUseCase;
import org.aquastream.event.application.port.in.waitlist.WaitlistEntryView;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.port.out.waitlist.WaitlistAuditLog;
import org.aquastream.event.application.port.out.waitlist.WaitlistQueries;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;
import org.aquastream.event.application.service.shared.Permissions;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistAction;
import org.aquastream.event.domain.waitlist.WaitlistAuditEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntryId;

/**
 * Puts a user, alone or for a party, at the end of the queue of an event without enough free seats
 * for it. The event row is locked while deciding, so seats freed at the same moment are either
 * still free (book them) or already held for the queue.
 */
public final class JoinWaitlistService implements JoinWaitlistUseCase {
  static final String ALREADY_QUEUED = "waitlist-entry-exists";
  static final String ALREADY_BOOKED = "booking-exists";
  private static final System.Logger LOG = System.getLogger(JoinWaitlistService.class.getName());

  private final UnitOfWork unitOfWork;
  private final EventRepository events;
  private final BookingRepository bookings;
  private final WaitlistRepository waitlist;
  private final WaitlistAuditLog audit;
  private final WaitlistQueries queries;
  private final Clock clock;

  public JoinWaitlistService(
      UnitOfWork unitOfWork,
      EventRepository events,
      BookingRepository bookings,
      WaitlistRepository waitlist,
      WaitlistAuditLog audit,
      WaitlistQueries queries,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.events = events;
    this.bookings = bookings;
    this.waitlist = waitlist;
    this.audit = audit;
    this.queries = queries;
    this.clock = clock;
  }

  @Override
  public WaitlistEntryView join(Actor actor, EventId eventId, int seats) {
    Permissions.require(actor, Role.USER);
    UserId user = actor.userId();
    WaitlistEntry joined = unitOfWork.inTransaction(() -> enqueue(eventId, user, seats));
    LOG.log(
        Level.INFO,
        "Waitlist joined: eventId={0}, entryId={1}, priority={2}, seats={3}",
        eventId,
        joined.id(),
        String.valueOf(joined.priority()),
        String.valueOf(joined.seats()));
    return queries
        .findLatest(eventId, user)
        .orElseThrow(() -> new NotFoundException("waitlist entry", eventId));
  }

  private WaitlistEntry enqueue(EventId eventId, UserId user, int seats) {
    Event event =
        events
            .lockById(eventId)
            .filter(e -> e.status() != EventStatus.DRAFT)
            .orElseThrow(() -> new NotFoundException("event", eventId));
    WaitlistEntry entry =
        WaitlistEntry.join(
            WaitlistEntryId.newId(), event, user, seats, waitlist.nextPriority(), clock.now());
    if (bookings.findActive(eventId, user).isPresent()) {
      throw new ConflictException(ALREADY_BOOKED, "You already hold a booking for this event");
    }
    if (!waitlist.insertIfNotQueued(entry)) {
      throw new ConflictException(ALREADY_QUEUED, "You are already in this event's waitlist");
    }
    audit.append(WaitlistAuditEntry.of(WaitlistAction.JOINED, entry));
    return entry;
  }
}
