package org.aquastream.event.domain.booking;

import java.util.UUID;
import org.aquastream.event.domain.shared.Guard;

/** Identity of a booking. */
public record BookingId(UUID value) {
  public BookingId {
    Guard.present("bookingId", value);
  }

  public static BookingId newId() {
    return new BookingId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
