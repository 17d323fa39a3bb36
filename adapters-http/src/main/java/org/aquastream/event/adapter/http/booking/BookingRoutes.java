package org.aquastream.event.adapter.http.booking;

import static org.aquastream.event.adapter.http.Routes.API_V1;

import io.javalin.http.Context;
import java.util.Optional;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.adapter.http.common.GatewayIdentity;
import org.aquastream.event.adapter.http.common.JsonBody;
import org.aquastream.event.adapter.http.common.PageResponse;
import org.aquastream.event.adapter.http.common.Params;
import org.aquastream.event.adapter.http.common.Problem;
import org.aquastream.event.adapter.http.common.ProblemException;
import org.aquastream.event.adapter.http.common.Problems;
import org.aquastream.event.adapter.http.common.Required;
import org.aquastream.event.adapter.http.common.SeatsBody;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.BookingOutcome.AlreadyBooked;
import org.aquastream.event.application.port.in.booking.BookingOutcome.Booked;
import org.aquastream.event.application.port.in.booking.BookingOutcome.EventNotFound;
import org.aquastream.event.application.port.in.booking.BookingOutcome.EventNotOpen;
import org.aquastream.event.application.port.in.booking.BookingOutcome.KeyReused;
import org.aquastream.event.application.port.in.booking.BookingOutcome.ProfileIncomplete;
import org.aquastream.event.application.port.in.booking.BookingOutcome.SoldOut;
import org.aquastream.event.application.port.in.booking.CancelBookingUseCase;
import org.aquastream.event.application.port.in.booking.ConfirmBookingUseCase;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase;
import org.aquastream.event.application.port.in.booking.GetBookingUseCase;
import org.aquastream.event.application.port.in.booking.ListMyBookingsUseCase;
import org.aquastream.event.application.port.in.booking.LowerBookingSeatsUseCase;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Role;

/** A user's bookings (USER and up). */
public final class BookingRoutes implements RouteGroup {
  static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
  static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private final CreateBookingUseCase createBooking;
  private final ListMyBookingsUseCase listMyBookings;
  private final GetBookingUseCase getBooking;
  private final ConfirmBookingUseCase confirmBooking;
  private final CancelBookingUseCase cancelBooking;
  private final LowerBookingSeatsUseCase lowerSeats;

  public BookingRoutes(
      CreateBookingUseCase createBooking,
      ListMyBookingsUseCase listMyBookings,
      GetBookingUseCase getBooking,
      ConfirmBookingUseCase confirmBooking,
      CancelBookingUseCase cancelBooking,
      LowerBookingSeatsUseCase lowerSeats) {
    this.createBooking = createBooking;
    this.listMyBookings = listMyBookings;
    this.getBooking = getBooking;
    this.confirmBooking = confirmBooking;
    this.cancelBooking = cancelBooking;
    this.lowerSeats = lowerSeats;
  }

  @Override
  public void declare(Routes routes) {
    routes
        .post(API_V1 + "/bookings", Role.USER, this::create)
        .get(API_V1 + "/bookings", Role.USER, this::list)
        .get(API_V1 + "/bookings/{id}", Role.USER, this::get)
        .put(API_V1 + "/bookings/{id}/confirm", Role.USER, this::confirm)
        .put(API_V1 + "/bookings/{id}/cancel", Role.USER, this::cancel)
        .put(API_V1 + "/bookings/{id}/seats", Role.USER, this::lowerSeats);
  }

  private void create(Context ctx) {
    CreateBookingRequest body = JsonBody.read(ctx, CreateBookingRequest.class);
    new Required().field("eventId", body.eventId()).check();
    var command =
        new CreateBookingUseCase.Command(
            GatewayIdentity.actor(ctx),
            new EventId(body.eventId()),
            body.seatsOrOne(),
            Optional.ofNullable(ctx.header(IDEMPOTENCY_KEY_HEADER)));
    respond(ctx, createBooking.book(command));
  }

  private static void respond(Context ctx, BookingOutcome outcome) {
    switch (outcome) {
      case Booked booked -> {
        if (booked.replayed()) {
          ctx.header(REPLAYED_HEADER, "true");
        }
        ctx.status(201)
            .header("Location", API_V1 + "/bookings/" + booked.booking().booking().id())
            .json(BookingResponse.from(booked.booking()));
      }
      case EventNotFound notFound ->
          throw refusal(
              Problems.notFound("event", "Event " + notFound.eventId() + " was not found"));
      case EventNotOpen notOpen ->
          throw refusal(Problem.of(409, "invalid-state", "Invalid state", notOpen.reason()));
      case ProfileIncomplete incomplete ->
          throw refusal(
              Problem.of(
                  422,
                  "profile-incomplete",
                  "Profile incomplete",
                  "Add a phone number or Telegram account to your profile before booking"));
      case AlreadyBooked already ->
          throw refusal(
              Problem.of(
                      409,
                      "booking-exists",
                      "Booking already exists",
                      "You already hold an active booking for this event")
                  .withExtension("existingBookingId", already.existingBookingId().value()));
      case SoldOut soldOut ->
          throw refusal(
              Problem.of(
                      409,
                      "event-full",
                      "Event is full",
                      soldOut.available()
                          + " seats are left for event "
                          + soldOut.eventId()
                          + ", fewer than asked; book fewer or join the waitlist")
                  .withExtension("available", soldOut.available())
                  .withExtension("waitlistAvailable", true));
      case KeyReused reused ->
          throw refusal(
              Problem.of(
                  422,
                  "idempotency-key-reused",
                  "Idempotency key reused",
                  "The Idempotency-Key "
                      + reused.idempotencyKey()
                      + " was already used for a different request"));
    }
  }

  private static ProblemException refusal(Problem problem) {
    return new ProblemException(problem);
  }

  private void list(Context ctx) {
    var page =
        listMyBookings.list(
            GatewayIdentity.actor(ctx),
            Params.queryEnum(ctx, "status", BookingStatus.class),
            Params.page(ctx));
    ctx.json(PageResponse.from(page, BookingResponse::from));
  }

  private void get(Context ctx) {
    ctx.json(BookingResponse.from(getBooking.get(GatewayIdentity.actor(ctx), bookingId(ctx))));
  }

  private void confirm(Context ctx) {
    ctx.json(
        BookingResponse.from(confirmBooking.confirm(GatewayIdentity.actor(ctx), bookingId(ctx))));
  }

  private void cancel(Context ctx) {
    BookingId id = bookingId(ctx);
    Optional<String> reason =
        JsonBody.readOptional(ctx, CancelBookingRequest.class).map(CancelBookingRequest::reason);
    ctx.json(BookingResponse.from(cancelBooking.cancel(GatewayIdentity.actor(ctx), id, reason)));
  }

  private void lowerSeats(Context ctx) {
    BookingId id = bookingId(ctx);
    int seats = JsonBody.read(ctx, SeatsBody.class).requiredSeats();
    ctx.json(BookingResponse.from(lowerSeats.lower(GatewayIdentity.actor(ctx), id, seats)));
  }

  private static BookingId bookingId(Context ctx) {
    return new BookingId(Params.pathUuid(ctx, "id"));
  }
}
