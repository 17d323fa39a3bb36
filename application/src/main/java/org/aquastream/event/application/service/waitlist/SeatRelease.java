package org.aquastream.event.application.service.waitlist;

import java.util.HashMap;
import java.util.Map;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;
import org.aquastream.event.domain.event.EventId;

/**
 * The one policy for seats that become free — a booking cancelled, expired or made smaller, seats
 * held for a party whose window passed, who left the queue or booked fewer, capacity raised. The
 * seats go back to {@code available}; then, with {@code auto-process} on and parties waiting on an
 * event still open for booking, the event's free seats (these and any already free) are held for
 * the earliest parties they fit (first fit, {@link WaitlistOffers}), so a party larger than one
 * release is served as soon as enough seats are free. Called inside the transaction that freed the
 * seats, after the event row was locked.
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
   * {@code seats} seats that were taken (booked or held) are free again; returns how many free
   * seats were then held for the waitlist.
   */
  public int release(EventId event, int seats) {
    if (seats <= 0) {
      return 0;
    }
    events.releaseSeats(event, seats);
    return policy.autoProcess() ? offers.offerFreeSeats(event).seats() : 0;
  }

  /**
   * Each event's count of seats is free again (a job's batch), all in one statement; then only the
   * events with a party WAITING are offered their free seats, one by one.
   */
  public void releaseAll(Map<EventId, Integer> seats) {
    Map<EventId, Integer> freed = new HashMap<>(seats);
    freed.values().removeIf(count -> count <= 0);
    if (freed.isEmpty()) {
      return;
    }
    events.releaseSeatsAll(freed);
    if (policy.autoProcess()) {
      waitlist.findEventsWithWaiting(freed.keySet()).forEach(offers::offerFreeSeats);
    }
  }

  /**
   * {@code seats} seats were added to an event (capacity raised, already counted in {@code
   * available}); returns how many free seats were then held for the waitlist.
   */
  public int seatsAdded(EventId event, int seats) {
    return policy.autoProcess() && seats > 0 ? offers.offerFreeSeats(event).seats() : 0;
  }
}
