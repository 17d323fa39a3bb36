package org.aquastream.event.application.service.booking;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.FutureTask;
import org.aquastream.event.application.port.in.booking.ExpirePendingBookingsUseCase;
import org.aquastream.event.application.port.out.booking.BookingExpiry;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.service.shared.TaskResults;
import org.aquastream.event.application.service.waitlist.SeatRelease;
import org.aquastream.event.domain.event.Event;

/**
 * Expires PENDING bookings whose {@code expiresAt} plus the grace period has passed, freeing their
 * seats through {@link SeatRelease}. Works in batches of at most {@code batchSize} bookings, each
 * its own transaction that locks the batch's events (in id order) before their bookings, so that it
 * never deadlocks with an event being cancelled and never grows with the backlog. A batch is a
 * handful of set statements whatever its size (docs/adr/0027): the events locked at once, their due
 * bookings expired with their audit rows and notifications at once, the seats of every event
 * without a queue given back in one update. Two disjoint shares of the events (by id) are expired
 * side by side, each batch locking only events of its share, so they never wait for each other.
 */
public final class ExpirePendingBookingsService implements ExpirePendingBookingsUseCase {
  static final String REASON = "TTL_EXPIRED";
  // Two shares: the second core of a small PostgreSQL, and no more connections than a job uses.
  static final int SHARES = 2;
  private static final System.Logger LOG =
      System.getLogger(ExpirePendingBookingsService.class.getName());

  private final UnitOfWork unitOfWork;
  private final BookingExpiry expiry;
  private final SeatRelease seatRelease;
  private final BookingPolicy policy;
  private final BusinessMetrics metrics;
  private final Clock clock;
  private final int batchSize;

  public ExpirePendingBookingsService(
      UnitOfWork unitOfWork,
      BookingExpiry expiry,
      SeatRelease seatRelease,
      BookingPolicy policy,
      BusinessMetrics metrics,
      Clock clock,
      int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive");
    }
    this.unitOfWork = unitOfWork;
    this.expiry = expiry;
    this.seatRelease = seatRelease;
    this.policy = policy;
    this.metrics = metrics;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  @Override
  public int expirePendingBookings() {
    Instant now = clock.now();
    BookingExpiry.Batch batch =
        new BookingExpiry.Batch(now.minus(policy.gracePeriod()), now, batchSize, REASON);
    // Disjoint shares of the events expire side by side: PostgreSQL writes a batch on one core.
    FutureTask<Integer> second =
        new FutureTask<>(() -> expireShare(batch.of(new BookingExpiry.Share(1, SHARES))));
    Thread.ofPlatform().name("expiry-share-1").start(second);
    int first;
    try {
      first = expireShare(batch.of(new BookingExpiry.Share(0, SHARES)));
    } catch (RuntimeException | Error failure) {
      TaskResults.awaitAfter(second, failure);
      throw failure;
    }
    int total = first + TaskResults.await(second);
    LOG.log(Level.INFO, "Expiring pending bookings: found {0} expired bookings", total);
    return total;
  }

  /** Expires the share's due bookings a batch at a time until a batch comes back short. */
  private int expireShare(BookingExpiry.Batch batch) {
    int total = 0;
    while (true) {
      int expired = unitOfWork.inTransaction(() -> expireBatch(batch));
      total += expired;
      if (expired > 0) {
        metrics.record(BusinessEvent.BOOKING_EXPIRED, expired);
      }
      // A short batch was the last one (or left bookings other transactions hold, which the next
      // run sees again).
      if (expired < batch.limit()) {
        return total;
      }
    }
  }

  /** One transaction: the batch's events locked in id order, then its bookings, then the seats. */
  private int expireBatch(BookingExpiry.Batch batch) {
    List<Event> locked = expiry.lockEventsOfDue(batch.cutoff(), batch.limit(), batch.share());
    if (locked.isEmpty()) {
      return 0;
    }
    BookingExpiry.Expired expired = expiry.expire(locked, batch);
    seatRelease.releaseAll(expired.seats());
    return expired.bookings();
  }
}
