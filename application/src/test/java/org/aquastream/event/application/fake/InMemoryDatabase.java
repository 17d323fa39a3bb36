package org.aquastream.event.application.fake;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.FaqItemId;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.TeamMember;
import org.aquastream.event.domain.organizer.TeamMemberId;
import org.aquastream.event.domain.waitlist.WaitlistAuditEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntryId;

/**
 * The tables behind the in-memory port fakes. One lock makes every call and every unit of work
 * serializable; a unit of work that rolls back restores the tables it started with.
 */
public final class InMemoryDatabase {
  final Map<OrganizerId, Organizer> organizers = new LinkedHashMap<>();
  final Map<EventId, Event> events = new LinkedHashMap<>();
  final Map<BookingId, Booking> bookings = new LinkedHashMap<>();
  final java.util.List<BookingLogEntry> bookingLog = new java.util.ArrayList<>();
  final Map<String, InMemoryIdempotencyKeys.Entry> idempotencyKeys = new LinkedHashMap<>();
  final Map<TeamMemberId, TeamMember> teamMembers = new LinkedHashMap<>();
  final Map<FaqItemId, FaqItem> faqItems = new LinkedHashMap<>();
  final Map<InMemoryFavoriteRepository.Key, Instant> favorites = new LinkedHashMap<>();
  final Map<WaitlistEntryId, WaitlistEntry> waitlist = new LinkedHashMap<>();
  final java.util.List<WaitlistAuditEntry> waitlistAudit = new java.util.ArrayList<>();
  final Map<String, InMemoryOutbox.Row> outbox = new LinkedHashMap<>();
  // Like a PostgreSQL sequence, it never goes back on rollback.
  final AtomicLong waitlistPriority = new AtomicLong();

  private final ReentrantLock lock = new ReentrantLock();

  /** Runs {@code work} holding the database lock (re-entrant, so nested calls are fine). */
  <T> T locked(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  void locked(Runnable work) {
    locked(
        () -> {
          work.run();
          return null;
        });
  }

  void lock() {
    lock.lock();
  }

  void unlock() {
    lock.unlock();
  }

  Snapshot snapshot() {
    return new Snapshot(
        new LinkedHashMap<>(organizers),
        new LinkedHashMap<>(events),
        new LinkedHashMap<>(bookings),
        new java.util.ArrayList<>(bookingLog),
        new LinkedHashMap<>(idempotencyKeys),
        new LinkedHashMap<>(teamMembers),
        new LinkedHashMap<>(faqItems),
        new LinkedHashMap<>(favorites),
        new LinkedHashMap<>(waitlist),
        new java.util.ArrayList<>(waitlistAudit),
        new LinkedHashMap<>(outbox));
  }

  void restore(Snapshot snapshot) {
    organizers.clear();
    organizers.putAll(snapshot.organizers());
    events.clear();
    events.putAll(snapshot.events());
    bookings.clear();
    bookings.putAll(snapshot.bookings());
    bookingLog.clear();
    bookingLog.addAll(snapshot.bookingLog());
    idempotencyKeys.clear();
    idempotencyKeys.putAll(snapshot.idempotencyKeys());
    teamMembers.clear();
    teamMembers.putAll(snapshot.teamMembers());
    faqItems.clear();
    faqItems.putAll(snapshot.faqItems());
    favorites.clear();
    favorites.putAll(snapshot.favorites());
    waitlist.clear();
    waitlist.putAll(snapshot.waitlist());
    waitlistAudit.clear();
    waitlistAudit.addAll(snapshot.waitlistAudit());
    outbox.clear();
    outbox.putAll(snapshot.outbox());
  }

  record Snapshot(
      Map<OrganizerId, Organizer> organizers,
      Map<EventId, Event> events,
      Map<BookingId, Booking> bookings,
      java.util.List<BookingLogEntry> bookingLog,
      Map<String, InMemoryIdempotencyKeys.Entry> idempotencyKeys,
      Map<TeamMemberId, TeamMember> teamMembers,
      Map<FaqItemId, FaqItem> faqItems,
      Map<InMemoryFavoriteRepository.Key, Instant> favorites,
      Map<WaitlistEntryId, WaitlistEntry> waitlist,
      java.util.List<WaitlistAuditEntry> waitlistAudit,
      Map<String, InMemoryOutbox.Row> outbox) {}
}
