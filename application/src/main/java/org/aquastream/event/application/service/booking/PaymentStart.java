package org.aquastream.event.application.service.booking;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.application.error.PeerRejectedException;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.application.port.out.booking.PaymentGateway;
import org.aquastream.event.application.port.out.booking.PaymentSession;
import org.aquastream.event.application.port.out.outbox.OutboxQueue;
import org.aquastream.event.application.port.out.outbox.PaymentRequest;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.service.operations.OutboxPolicy;
import org.aquastream.event.domain.booking.Booking;

/**
 * Opens the payment of a paid booking at the Payment Service and attaches it (id and page) to the
 * booking. The booking request calls it right after its commit; when that fails, the booking stays
 * PENDING without a payment page and the outbox message recorded with the booking retries later.
 * Never called inside a transaction: the remote call must not hold a connection.
 */
public final class PaymentStart {
  private static final System.Logger LOG = System.getLogger(PaymentStart.class.getName());

  private final UnitOfWork unitOfWork;
  private final BookingRepository bookings;
  private final PaymentGateway gateway;
  private final OutboxQueue outbox;
  private final BookingViews views;
  private final OutboxPolicy policy;
  private final Clock clock;

  public PaymentStart(
      UnitOfWork unitOfWork,
      BookingRepository bookings,
      PaymentGateway gateway,
      OutboxQueue outbox,
      BookingViews views,
      OutboxPolicy policy,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.bookings = bookings;
    this.gateway = gateway;
    this.outbox = outbox;
    this.views = views;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * Opens the payment of a booking that waits for one and answers the booking with it; on failure
   * answers the booking as it was and leaves the payment to the outbox.
   *
   * @param firstTry true right after the booking was made: a failure is then the first attempt of
   *     its outbox message; a retried request's failure leaves the message's count to the relay
   */
  public BookingView startFor(BookingView booked, boolean firstTry) {
    Booking booking = booked.booking();
    if (!booking.awaitsPaymentStart()) {
      return booked;
    }
    PaymentRequest request = PaymentRequest.of(booking, booked.event().title());
    PaymentSession session;
    try {
      session = gateway.startPayment(request);
    } catch (DependencyUnavailableException e) {
      LOG.log(
          Level.ERROR,
          "Payment service unavailable: {0}; bookingId={1}, retried from the outbox",
          e.getMessage(),
          booking.id());
      if (firstTry) {
        Instant now = clock.now();
        outbox.retryLater(
            request.idempotencyKey(), 1, e.getMessage(), now.plus(policy.backoffAfter(1)));
      }
      return booked;
    } catch (PeerRejectedException e) {
      LOG.log(
          Level.ERROR,
          "Payment service refused the payment: {0}; bookingId={1}",
          e.getMessage(),
          booking.id());
      if (firstTry) {
        outbox.markFailed(request.idempotencyKey(), 1, e.getMessage(), clock.now());
      }
      return booked;
    }
    Optional<Booking> attached =
        unitOfWork.inTransaction(
            () -> {
              Optional<Booking> result = attach(request, session);
              outbox.markSent(request.idempotencyKey(), clock.now());
              return result;
            });
    return attached.map(b -> views.of(b, booked.event())).orElse(booked);
  }

  /**
   * The relay's try: opens the payment if the booking still waits for one. False when it no longer
   * does (confirmed by hand, expired, cancelled, or opened meanwhile).
   *
   * @throws DependencyUnavailableException as {@link PaymentGateway#startPayment}
   * @throws PeerRejectedException as {@link PaymentGateway#startPayment}
   */
  public boolean retry(PaymentRequest request) {
    boolean waits =
        bookings.findById(request.bookingId()).filter(Booking::awaitsPaymentStart).isPresent();
    if (!waits) {
      return false;
    }
    PaymentSession session = gateway.startPayment(request);
    return unitOfWork.inTransaction(() -> attach(request, session)).isPresent();
  }

  /**
   * Stores the payment on the booking if it still waits for one. Locks the booking row only, and
   * nothing else in this transaction waits for a lock, so it cannot deadlock with the event-first
   * order of the other changes.
   */
  private Optional<Booking> attach(PaymentRequest request, PaymentSession session) {
    Optional<Booking> waiting =
        bookings.lockById(request.bookingId()).filter(Booking::awaitsPaymentStart);
    if (waiting.isEmpty()) {
      LOG.log(
          Level.WARNING,
          "Payment opened for a booking that no longer waits for one: bookingId={0}, paymentId={1}",
          request.bookingId(),
          session.paymentId());
      return Optional.empty();
    }
    Booking attached =
        waiting
            .get()
            .attachPayment(session.paymentId(), session.paymentUrl().orElse(null), clock.now());
    bookings.update(attached);
    LOG.log(
        Level.INFO,
        "Payment opened: bookingId={0}, paymentId={1}",
        attached.id(),
        session.paymentId());
    return Optional.of(attached);
  }
}
