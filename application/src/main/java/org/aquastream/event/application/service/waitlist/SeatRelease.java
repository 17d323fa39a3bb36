package org.aquastream.event.application.service.waitlist;

import java.util.HashMap;
import java.util.Map;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;
import org.aquastream.event.domain.event.EventId;

/**
 * The one policy for seats that become free — a booking cancelled, expired or made smaller, seats
 * held for a party whose window passed, who left the queue or booked fewer, capacity raised. With
 * {@code auto-process} on and parties waiting on an event still open for booking, the seats are
 * held for the earliest parties they fit (first fit, {@link WaitlistOffers}); the rest go back to
 * {@code available}. Called inside the transaction that freed the seats, after the event row was
 * locked.
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

  /**
   * {@code seats} seats that were taken (booked or held) are free again; returns how many of them
   * were held for the waitlist.
   */
  public int release(EventId event, int seats) {
    if (seats <= 0) {
      return 0;
    }
    int held = policy.autoProcess() ? offers.holdFreedSeats(event, seats).seats() : 0;
    if (seats > held) {
      events.releaseSeats(event, seats - held);
    }
    return held;
  }

  /**
   * Each event's count of seats is free again (a job's batch): only the events with a party WAITING
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
        int held = offers.holdFreedSeats(event, toAvailable.get(event)).seats();
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
    return policy.autoProcess() && seats > 0 ? offers.offerFreeSeats(event, seats).seats() : 0;
  }
}
