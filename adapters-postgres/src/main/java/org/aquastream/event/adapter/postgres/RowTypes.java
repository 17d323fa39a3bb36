package org.aquastream.event.adapter.postgres;

import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.waitlist.WaitlistEntryView;
import org.aquastream.event.application.port.out.booking.BookingWithEvent;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.jdbi.v3.core.Jdbi;

/** Tells Jdbi how to read the rows more than one statement returns, so statements say mapTo. */
final class RowTypes {
  private RowTypes() {}

  static void register(Jdbi jdbi) {
    jdbi.registerRowMapper(Booking.class, new BookingRowMapper())
        .registerRowMapper(BookingWithEvent.class, new BookingWithEventRowMapper())
        .registerRowMapper(Event.class, new EventRowMapper())
        .registerRowMapper(EventView.class, new EventViewRowMapper())
        .registerRowMapper(Organizer.class, new OrganizerRowMapper())
        .registerRowMapper(WaitlistEntry.class, new WaitlistEntryRowMapper())
        .registerRowMapper(WaitlistEntryView.class, new WaitlistEntryViewRowMapper());
  }
}
