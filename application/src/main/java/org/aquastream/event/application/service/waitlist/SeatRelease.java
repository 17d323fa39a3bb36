package org.aquastream.event.application.service.waitlist;

import java.util.HashMap;
import java.util.Map;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;
import org.aquastream.event.domain.event.EventId;

/**
 * The one policy for seats that become free — a booking cancelled or expired, a held seat whose
 * window passed or whose user left the queue, capacity raised. With {@code auto-process} on and
 * people waiting on an event still open for booking, the seat is held for the head of the queue;
 * otherwise it goes back to {@code available}. Called inside the transaction that freed the seat,
 * after the event row was locked.
 */
public final class SeatRelease {
  private final EventRepository events;
  private final WaitlistRepository waitlist;
  private final WaitlistOffers offers;
  private final WaitlistPolicy policy;

  public SeatRelease(
      EventRepository events,
      WaitlistRepository waitlist,
      WaitlistOffers offers,
      WaitlistPolicy policy) {
    this.events = events;
    this.waitlist = waitlist;
    this.offers = offers;
    this.policy = policy;
  }

  /** One seat that was taken (booked or held) is free again. */
  public void release(EventId event) {
    release(event, 1);
  }

  /**
   * {@code seats} seats that were taken are free again; returns how many of them were held for the
   * waitlist.
   */
  public int release(EventId event, int seats) {
    if (seats <= 0) {
      return 0;
    }
    int held = policy.autoProcess() ? offers.holdFreedSeats(event, seats) : 0;
    if (seats > held) {
      events.releaseSeats(event, seats - held);
    }
    return held;
  }

  /**
   * Each event's count of seats is free again (a job's batch): only the events with someone WAITING
   * are offered theirs one by one; the others get theirs back in one statement.
   */
  public void releaseAll(Map<EventId, Integer> seats) {
    Map<EventId, Integer> toAvailable = new HashMap<>(seats);
    toAvailable.values().removeIf(count -> count <= 0);
    if (toAvailable.isEmpty()) {
      return;
    }
    if (policy.autoProcess()) {
      for (EventId event : waitlist.findEventsWithWaiting(toAvailable.keySet())) {
        int held = offers.holdFreedSeats(event, toAvailable.get(event));
        toAvailable.merge(event, -held, Integer::sum);
      }
      toAvailable.values().removeIf(count -> count <= 0);
    }
    events.releaseSeatsAll(toAvailable);
  }

  /**
   * {@code seats} new seats were just added to {@code available} (capacity raised); returns how
   * many of them were held for the waitlist.
   */
  public int seatsAdded(EventId event, int seats) {
    return policy.autoProcess() && seats > 0 ? offers.offerFreeSeats(event, seats) : 0;
  }
}
