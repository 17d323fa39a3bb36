package org.aquastream.event.application.contract;

import org.aquastream.event.application.fake.InMemoryBookingLog;
import org.aquastream.event.application.fake.InMemoryBookingQueries;
import org.aquastream.event.application.fake.InMemoryBookingRepository;
import org.aquastream.event.application.fake.InMemoryDatabase;
import org.aquastream.event.application.fake.InMemoryEventQueries;
import org.aquastream.event.application.fake.InMemoryEventRepository;
import org.aquastream.event.application.fake.InMemoryFaqItemRepository;
import org.aquastream.event.application.fake.InMemoryFavoriteRepository;
import org.aquastream.event.application.fake.InMemoryIdempotencyKeys;
import org.aquastream.event.application.fake.InMemoryOrganizerBookingQueries;
import org.aquastream.event.application.fake.InMemoryOrganizerQueries;
import org.aquastream.event.application.fake.InMemoryOrganizerRepository;
import org.aquastream.event.application.fake.InMemoryTeamMemberRepository;
import org.aquastream.event.application.fake.InMemoryUnitOfWork;
import org.aquastream.event.application.port.out.booking.BookingLog;
import org.aquastream.event.application.port.out.booking.BookingQueries;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.application.port.out.booking.IdempotencyKeys;
import org.aquastream.event.application.port.out.booking.OrganizerBookingQueries;
import org.aquastream.event.application.port.out.event.EventQueries;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.favorite.FavoriteRepository;
import org.aquastream.event.application.port.out.organizer.FaqItemRepository;
import org.aquastream.event.application.port.out.organizer.OrganizerQueries;
import org.aquastream.event.application.port.out.organizer.OrganizerRepository;
import org.aquastream.event.application.port.out.organizer.TeamMemberRepository;
import org.aquastream.event.application.port.out.shared.UnitOfWork;

/**
 * The persistence ports under contract, all over one empty store, so that a test can set up the
 * rows a port depends on (an event needs its organizer, a booking its event).
 */
public record ContractPorts(
    UnitOfWork unitOfWork,
    OrganizerRepository organizers,
    EventRepository events,
    EventQueries eventQueries,
    BookingRepository bookings,
    BookingQueries bookingQueries,
    BookingLog bookingLog,
    IdempotencyKeys idempotencyKeys,
    TeamMemberRepository teamMembers,
    FaqItemRepository faqItems,
    FavoriteRepository favorites,
    OrganizerQueries organizerQueries,
    OrganizerBookingQueries organizerBookingQueries) {

  /** The in-memory fakes over a new, empty {@link InMemoryDatabase}. */
  public static ContractPorts inMemory() {
    return over(new InMemoryDatabase());
  }

  /** The in-memory fakes over {@code db}, for contracts that add ports of their own over it. */
  static ContractPorts over(InMemoryDatabase db) {
    return new ContractPorts(
        new InMemoryUnitOfWork(db),
        new InMemoryOrganizerRepository(db),
        new InMemoryEventRepository(db),
        new InMemoryEventQueries(db),
        new InMemoryBookingRepository(db),
        new InMemoryBookingQueries(db),
        new InMemoryBookingLog(db),
        new InMemoryIdempotencyKeys(db),
        new InMemoryTeamMemberRepository(db),
        new InMemoryFaqItemRepository(db),
        new InMemoryFavoriteRepository(db),
        new InMemoryOrganizerQueries(db),
        new InMemoryOrganizerBookingQueries(db));
  }
}
