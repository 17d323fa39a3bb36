package org.aquastream.event.application.fake;

import java.util.List;
import org.aquastream.event.application.port.out.booking.BookingLog;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;

/** The booking audit trail in memory, readable by tests. */
public final class InMemoryBookingLog implements BookingLog {
  private final InMemoryDatabase db;

  public InMemoryBookingLog(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public void append(BookingLogEntry entry) {
    db.locked(() -> db.bookingLog.add(entry));
  }

  @Override
  public void appendAll(List<BookingLogEntry> entries) {
    db.locked(() -> db.bookingLog.addAll(entries));
  }

  public List<BookingLogEntry> entriesOf(BookingId booking) {
    return db.locked(
        () -> db.bookingLog.stream().filter(e -> e.bookingId().equals(booking)).toList());
  }

  public List<BookingLogEntry> all() {
    return db.locked(() -> List.copyOf(db.bookingLog));
  }
}
