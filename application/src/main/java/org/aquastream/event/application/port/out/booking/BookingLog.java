package org.aquastream.event.application.port.out.booking;

import java.util.List;
import org.aquastream.event.domain.booking.BookingLogEntry;

/** The audit trail of bookings; written in the same transaction as the change it records. */
public interface BookingLog {

  void append(BookingLogEntry entry);

  void appendAll(List<BookingLogEntry> entries);
}
