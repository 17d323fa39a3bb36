package org.aquastream.event.application.fake;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.application.error.PeerRejectedException;
import org.aquastream.event.application.port.out.operations.Notifier;
import org.aquastream.event.application.port.out.outbox.Notification;

/**
 * The Notification Service as tests want it: records what it delivered, and can be down (each call
 * fails like a timeout), have its circuit open (no call made), or refuse notifications (4xx).
 */
public final class RecordingNotifier implements Notifier {
  private final List<Notification> delivered = new CopyOnWriteArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();
  private volatile boolean down;
  private volatile boolean circuitOpen;
  private volatile boolean refusing;

  @Override
  public void send(Notification notification) {
    calls.incrementAndGet();
    if (down || circuitOpen) {
      throw new DependencyUnavailableException(
          "notificationService", Duration.ofSeconds(30), "HTTP 503", null);
    }
    if (refusing) {
      throw new PeerRejectedException("notificationService", 400, "HTTP 400");
    }
    delivered.add(notification);
  }

  @Override
  public boolean acceptsCalls() {
    return !circuitOpen;
  }

  public void goDown() {
    down = true;
  }

  public void openCircuit() {
    circuitOpen = true;
  }

  public void refuse() {
    refusing = true;
  }

  public void comeBack() {
    down = false;
    circuitOpen = false;
    refusing = false;
  }

  public List<Notification> delivered() {
    return List.copyOf(delivered);
  }

  /** Calls that reached the service, failed ones included. */
  public int calls() {
    return calls.get();
  }
}
