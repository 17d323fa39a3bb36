package org.aquastream.event.application.service.booking;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aquastream.event.application.port.out.outbox.Notification;
import org.aquastream.event.application.port.out.outbox.NotificationOutbox;
import org.aquastream.event.application.port.out.outbox.NotificationTemplate;
import org.aquastream.event.application.port.out.outbox.OutboxEntry;
import org.aquastream.event.application.port.out.outbox.PaymentOutbox;
import org.aquastream.event.application.port.out.outbox.PaymentRequest;
import org.aquastream.event.application.port.out.outbox.Refund;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.operations.OutboxPolicy;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.shared.Money;

/**
 * Records in the outbox what a booking change owes other services: the user's notification, the
 * opening of a new paid booking's payment, and a refund once a paid booking's money is to go back,
 * in whole or, for seats a party let go, in part. Called inside the transaction of the change, so
 * the messages commit or roll back with it.
 */
public final class BookingFollowUps {
  private static final System.Logger LOG = System.getLogger(BookingFollowUps.class.getName());

  private final NotificationOutbox notifications;
  private final PaymentOutbox payments;
  private final OutboxPolicy policy;
  private final Clock clock;

  public BookingFollowUps(
      NotificationOutbox notifications, PaymentOutbox payments, OutboxPolicy policy, Clock clock) {
    this.notifications = notifications;
    this.payments = payments;
    this.policy = policy;
    this.clock = clock;
  }

  /** A booking was made: booking.created, and for a paid event its payment to open. */
  public void created(Booking booking, Event event) {
    for (OutboxEntry entry : ofNewBooking(booking, event)) {
      switch (entry.payload()) {
        case Notification notification -> notifications.enqueue(notification);
        case PaymentRequest payment -> payments.enqueuePaymentStart(payment, entry.dueAt());
        case Refund refund -> throw new IllegalStateException("a new booking owes no refund");
      }
    }
  }

  /**
   * What a new booking owes, for a writer that stores it together with the booking: booking.created
   * now, and for a paid event its payment to open once the lease has passed (the request that made
   * the booking opens the payment first).
   */
  public List<OutboxEntry> ofNewBooking(Booking booking, Event event) {
    Instant now = clock.now();
    OutboxEntry created =
        new OutboxEntry(notification(NotificationTemplate.BOOKING_CREATED, booking, event), now);
    if (!booking.awaitsPaymentStart()) {
      return List.of(created);
    }
    return List.of(
        created,
        new OutboxEntry(
            PaymentRequest.of(booking, event.details().title()), now.plus(policy.lease())));
  }

  /** A booking changed from {@code before} to {@code after} (its status, or its seats). */
  public void changed(Booking before, Booking after, Event event) {
    changedAll(List.of(new Change(before, after, event)));
  }

  /** Many bookings changed in one transaction (a job's batch): their notifications go together. */
  public void changedAll(List<Change> changes) {
    List<Notification> owed = new ArrayList<>();
    for (Change change : changes) {
      if (change.before().status() != change.after().status()) {
        template(change.after().status())
            .ifPresent(
                template -> owed.add(notification(template, change.after(), change.event())));
      }
      refundIfDue(change.before(), change.after());
    }
    if (!owed.isEmpty()) {
      notifications.enqueueAll(owed);
    }
  }

  /**
   * A booking ended with its cancelled event: one event.cancelled notification per user (the key
   * the waitlist uses too), and a refund if it was paid.
   */
  public void cancelledWithEvent(Booking before, Booking after, Event event) {
    Map<String, String> data = data(after, event);
    notifications.enqueue(
        new Notification(
            after.userId(),
            NotificationTemplate.EVENT_CANCELLED,
            data,
            "event.cancelled:" + event.id() + ":" + after.userId()));
    refundIfDue(before, after);
  }

  /** One booking's change, with the event it belongs to. */
  public record Change(Booking before, Booking after, Event event) {}

  /** The rest of the payment once a paid booking ended, or the price of seats a party let go. */
  private void refundIfDue(Booking before, Booking after) {
    boolean ended =
        after.paymentStatus() == PaymentStatus.REFUND_PENDING
            && before.paymentStatus() != PaymentStatus.REFUND_PENDING;
    Optional<Money> seatsLetGo = after.refundOfLoweringFrom(before);
    if (!ended && seatsLetGo.isEmpty()) {
      return;
    }
    if (after.paymentId().isEmpty()) {
      LOG.log(Level.WARNING, "Refund due without a payment id: bookingId={0}", after.id());
      return;
    }
    UUID paymentId = after.paymentId().get();
    payments.enqueueRefund(
        ended
            ? Refund.ofRest(
                paymentId,
                after.id(),
                after.amount(),
                after.cancelReason().orElse(after.status().name()))
            : Refund.ofSeats(paymentId, after.id(), seatsLetGo.get(), after.seats()));
  }

  private static Optional<NotificationTemplate> template(BookingStatus status) {
    return switch (status) {
      case CONFIRMED -> Optional.of(NotificationTemplate.BOOKING_CONFIRMED);
      case EXPIRED -> Optional.of(NotificationTemplate.BOOKING_EXPIRED);
      case CANCELLED -> Optional.of(NotificationTemplate.BOOKING_CANCELLED);
      case PENDING, COMPLETED, NO_SHOW -> Optional.empty();
    };
  }

  /**
   * The notification {@code template} sends about {@code booking} of {@code event}: the one shape
   * every booking notification has, whoever writes it (a set statement writes the same).
   */
  public static Notification notification(
      NotificationTemplate template, Booking booking, Event event) {
    // Each template happens at most once to a booking, so the pair names the notification.
    return new Notification(
        booking.userId(), template, data(booking, event), template.wireName() + ":" + booking.id());
  }

  private static Map<String, String> data(Booking booking, Event event) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("bookingId", booking.id().toString());
    data.put("eventId", event.id().toString());
    data.put("eventTitle", event.details().title());
    data.put("eventStart", event.details().schedule().start().toString());
    data.put("status", booking.status().name());
    data.put("seats", String.valueOf(booking.seats()));
    if (booking.paymentStatus() != PaymentStatus.NOT_REQUIRED) {
      data.put("amount", booking.amount().amount().toPlainString());
      data.put("currency", booking.amount().currency());
    }
    if (booking.status() == BookingStatus.PENDING) {
      booking.expiresAt().ifPresent(at -> data.put("expiresAt", at.toString()));
    }
    booking.cancelReason().ifPresent(reason -> data.put("reason", reason));
    return data;
  }
}
