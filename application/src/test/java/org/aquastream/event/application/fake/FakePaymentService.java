package org.aquastream.event.application.fake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.application.error.PeerRejectedException;
import org.aquastream.event.application.port.out.booking.PaymentGateway;
import org.aquastream.event.application.port.out.booking.PaymentSession;
import org.aquastream.event.application.port.out.outbox.PaymentRequest;
import org.aquastream.event.application.port.out.outbox.Refund;

/**
 * The Payment Service as tests want it: opens one payment per booking (by idempotency key), records
 * refunds, and can be taken down (failing like a timeout), have its circuit open (refusing without
 * a call), or refuse requests (4xx).
 */
public final class FakePaymentService implements PaymentGateway {
  private final Map<String, PaymentSession> sessions = new ConcurrentHashMap<>();
  private final List<PaymentRequest> startCalls = new CopyOnWriteArrayList<>();
  private final List<Refund> refunds = new CopyOnWriteArrayList<>();
  private volatile boolean down;
  private volatile boolean circuitOpen;
  private volatile boolean refusing;

  @Override
  public PaymentSession startPayment(PaymentRequest request) {
    startCalls.add(request);
    failIfUnavailable();
    return sessions.computeIfAbsent(
        request.idempotencyKey(),
        key -> {
          UUID id = UUID.randomUUID();
          return new PaymentSession(id, Optional.of("https://pay.test/" + id), "PENDING");
        });
  }

  @Override
  public void refund(Refund refund) {
    failIfUnavailable();
    refunds.add(refund);
  }

  @Override
  public boolean acceptsCalls() {
    return !circuitOpen;
  }

  private void failIfUnavailable() {
    if (circuitOpen || down) {
      throw new DependencyUnavailableException(
          "paymentService", Duration.ofSeconds(30), "timeout after 5000ms", null);
    }
    if (refusing) {
      throw new PeerRejectedException("paymentService", 422, "HTTP 422");
    }
  }

  public void goDown() {
    down = true;
  }

  public void comeBack() {
    down = false;
    circuitOpen = false;
    refusing = false;
  }

  public void openCircuit() {
    circuitOpen = true;
  }

  public void refuseRequests() {
    refusing = true;
  }

  /** Every call to open a payment, failed ones included. */
  public List<PaymentRequest> startCalls() {
    return List.copyOf(startCalls);
  }

  public Optional<PaymentSession> sessionOf(PaymentRequest request) {
    return Optional.ofNullable(sessions.get(request.idempotencyKey()));
  }

  public List<Refund> refunds() {
    return List.copyOf(refunds);
  }
}
