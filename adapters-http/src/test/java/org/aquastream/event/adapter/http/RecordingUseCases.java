package org.aquastream.event.adapter.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.in.booking.CancelBookingUseCase;
import org.aquastream.event.application.port.in.booking.ConfirmBookingUseCase;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase;
import org.aquastream.event.application.port.in.booking.GetBookingUseCase;
import org.aquastream.event.application.port.in.booking.ListMyBookingsUseCase;
import org.aquastream.event.application.port.in.booking.LowerBookingSeatsUseCase;
import org.aquastream.event.application.port.in.event.CancelEventUseCase;
import org.aquastream.event.application.port.in.event.CreateEventUseCase;
import org.aquastream.event.application.port.in.event.EventKeyset;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.application.port.in.event.EventSlice;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.event.GetEventUseCase;
import org.aquastream.event.application.port.in.event.ListOrganizerEventsUseCase;
import org.aquastream.event.application.port.in.event.PublishEventUseCase;
import org.aquastream.event.application.port.in.event.SearchEventsUseCase;
import org.aquastream.event.application.port.in.event.UpdateEventUseCase;
import org.aquastream.event.application.port.in.organizer.CreateOrganizerUseCase;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;

/**
 * Every inbound port at once: records each call and answers with fixed test data, an outcome the
 * test chose, or the failure the test chose.
 */
public final class RecordingUseCases
    implements CreateOrganizerUseCase,
        CreateEventUseCase,
        UpdateEventUseCase,
        PublishEventUseCase,
        CancelEventUseCase,
        ListOrganizerEventsUseCase,
        SearchEventsUseCase,
        GetEventUseCase,
        CreateBookingUseCase,
        ListMyBookingsUseCase,
        GetBookingUseCase,
        ConfirmBookingUseCase,
        CancelBookingUseCase,
        LowerBookingSeatsUseCase {

  private final List<Call> calls = new ArrayList<>();
  private RuntimeException failure;
  private BookingOutcome bookingOutcome =
      new BookingOutcome.Booked(StubAnswers.bookingView(), false);

  /** Every later call throws {@code e}. */
  public void failWith(RuntimeException e) {
    this.failure = e;
  }

  public void answerBooking(BookingOutcome outcome) {
    this.bookingOutcome = outcome;
  }

  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  public synchronized Call lastCall() {
    if (calls.isEmpty()) {
      throw new AssertionError("no use case was called");
    }
    return calls.get(calls.size() - 1);
  }

  private synchronized <T> T answer(String useCase, T result, Object... args) {
    calls.add(new Call(useCase, Arrays.asList(args)));
    if (failure != null) {
      throw failure;
    }
    return result;
  }

  @Override
  public Organizer create(CreateOrganizerUseCase.Command command) {
    return answer("createOrganizer", StubAnswers.organizer(), command);
  }

  @Override
  public EventView create(CreateEventUseCase.Command command) {
    return answer("createEvent", StubAnswers.eventView(), command);
  }

  @Override
  public EventView update(UpdateEventUseCase.Command command) {
    return answer("updateEvent", StubAnswers.eventView(), command);
  }

  @Override
  public EventView publish(Actor actor, EventId eventId) {
    return answer("publishEvent", StubAnswers.eventView(), actor, eventId);
  }

  @Override
  public EventView cancel(Actor actor, EventId eventId) {
    return answer("cancelEvent", StubAnswers.eventView(), actor, eventId);
  }

  @Override
  public Page<EventView> list(
      Actor actor,
      Optional<OrganizerId> organizerId,
      Optional<EventStatus> status,
      PageRequest page) {
    return answer(
        "listOrganizerEvents",
        Page.of(List.of(StubAnswers.eventView()), 41, page),
        actor,
        organizerId,
        status,
        page);
  }

  @Override
  public Page<EventView> search(EventSearch search, PageRequest page) {
    return answer(
        "searchEvents", Page.of(List.of(StubAnswers.eventView()), 41, page), search, page);
  }

  @Override
  public EventSlice searchAfter(EventSearch search, Optional<EventKeyset> after, int size) {
    EventView only = StubAnswers.eventView();
    return answer(
        "searchEventsAfter",
        new EventSlice(List.of(only), Optional.of(EventKeyset.of(only))),
        search,
        after,
        size);
  }

  @Override
  public EventView get(Actor actor, EventId eventId) {
    return answer("getEvent", StubAnswers.eventView(), actor, eventId);
  }

  @Override
  public BookingOutcome book(CreateBookingUseCase.Command command) {
    return answer("createBooking", bookingOutcome, command);
  }

  @Override
  public Page<BookingView> list(Actor actor, Optional<BookingStatus> status, PageRequest page) {
    return answer(
        "listMyBookings",
        Page.of(List.of(StubAnswers.bookingView()), 3, page),
        actor,
        status,
        page);
  }

  @Override
  public BookingView get(Actor actor, BookingId bookingId) {
    return answer("getBooking", StubAnswers.bookingView(), actor, bookingId);
  }

  @Override
  public BookingView confirm(Actor actor, BookingId bookingId) {
    return answer("confirmBooking", StubAnswers.bookingView(), actor, bookingId);
  }

  @Override
  public BookingView cancel(Actor actor, BookingId bookingId, Optional<String> reason) {
    return answer("cancelBooking", StubAnswers.bookingView(), actor, bookingId, reason);
  }

  @Override
  public BookingView lower(Actor actor, BookingId bookingId, int seats) {
    return answer("lowerBookingSeats", StubAnswers.bookingView(), actor, bookingId, seats);
  }
}
