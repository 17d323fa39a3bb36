package org.aquastream.event.application.port.out.outbox;

/** The Notification Service's templates, by their names on the wire. */
public enum NotificationTemplate {
  BOOKING_CREATED("booking.created"),
  BOOKING_CONFIRMED("booking.confirmed"),
  BOOKING_EXPIRED("booking.expired"),
  BOOKING_CANCELLED("booking.cancelled"),
  WAITLIST_SLOT_AVAILABLE("waitlist.slot_available"),
  EVENT_CANCELLED("event.cancelled");

  private final String wireName;

  NotificationTemplate(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
