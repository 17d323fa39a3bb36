package org.aquastream.event.application.service.waitlist;

import org.aquastream.event.application.port.out.event.EventRepository;
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
  private final WaitlistOffers offers;
  private final WaitlistPolicy policy;

  public SeatRelease(EventRepository events, WaitlistOffers offers, WaitlistPolicy policy) {
    this.events = events;
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
   * {@code seats} new seats were just added to {@code available} (capacity raised); returns how
   * many of them were held for the waitlist.
   */
  public int seatsAdded(EventId event, int seats) {
    return policy.autoProcess() && seats > 0 ? offers.offerFreeSeats(event, seats) : 0;
  }
}
