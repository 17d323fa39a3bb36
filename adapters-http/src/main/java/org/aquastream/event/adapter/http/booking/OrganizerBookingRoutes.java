package org.aquastream.event.adapter.http.booking;

import static org.aquastream.event.adapter.http.Routes.API_V1;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.adapter.http.common.GatewayIdentity;
import org.aquastream.event.adapter.http.common.JsonBody;
import org.aquastream.event.adapter.http.common.PageResponse;
import org.aquastream.event.adapter.http.common.Params;
import org.aquastream.event.application.port.in.booking.ChangeBookingStatusUseCase;
import org.aquastream.event.application.port.in.booking.GetBookingStatisticsUseCase;
import org.aquastream.event.application.port.in.booking.GetOrganizerBookingUseCase;
import org.aquastream.event.application.port.in.booking.ListOrganizerBookingsUseCase;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Role;

/**
 * The bookings of an organizer's events (ORGANIZER; ADMIN for all, or one organizer with {@code
 * organizerId}). A booking of another organizer's event is answered 404, like a user's view of
 * another user's booking.
 */
public final class OrganizerBookingRoutes implements RouteGroup {
  private static final String BOOKINGS = API_V1 + "/organizer/bookings";

  private final ListOrganizerBookingsUseCase listBookings;
  private final GetOrganizerBookingUseCase getBooking;
  private final ChangeBookingStatusUseCase changeStatus;
  private final GetBookingStatisticsUseCase statistics;
  private final String currency;

  public OrganizerBookingRoutes(
      ListOrganizerBookingsUseCase listBookings,
      GetOrganizerBookingUseCase getBooking,
      ChangeBookingStatusUseCase changeStatus,
      GetBookingStatisticsUseCase statistics,
      String currency) {
    this.listBookings = listBookings;
    this.getBooking = getBooking;
    this.changeStatus = changeStatus;
    this.statistics = statistics;
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  @Override
  public void declare(Routes routes) {
    // The fixed path first: "statistics" must never be read as a booking id.
    routes
        .get(BOOKINGS + "/statistics", Role.ORGANIZER, this::statistics)
        .get(BOOKINGS, Role.ORGANIZER, this::list)
        .get(BOOKINGS + "/{id}", Role.ORGANIZER, this::get)
        .put(BOOKINGS + "/{id}/status", Role.ORGANIZER, this::changeStatus);
  }

  private void list(Context ctx) {
    var page =
        listBookings.list(
            GatewayIdentity.actor(ctx),
            organizerId(ctx),
            eventId(ctx),
            Params.queryEnum(ctx, "status", BookingStatus.class),
            Params.page(ctx));
    ctx.json(PageResponse.from(page, BookingResponse::from));
  }

  private void get(Context ctx) {
    ctx.json(BookingResponse.from(getBooking.get(GatewayIdentity.actor(ctx), bookingId(ctx))));
  }

  private void changeStatus(Context ctx) {
    BookingId id = bookingId(ctx);
    BookingStatusRequest body = JsonBody.read(ctx, BookingStatusRequest.class);
    var command =
        new ChangeBookingStatusUseCase.Command(
            GatewayIdentity.actor(ctx), id, body.status(), Optional.ofNullable(body.reason()));
    ctx.json(BookingResponse.from(changeStatus.change(command)));
  }

  private void statistics(Context ctx) {
    Optional<EventId> event = eventId(ctx);
    var figures = statistics.get(GatewayIdentity.actor(ctx), organizerId(ctx), event);
    UUID eventId = event.map(EventId::value).orElse(null);
    ctx.json(BookingStatisticsResponse.from(figures, eventId, currency));
  }

  private static Optional<OrganizerId> organizerId(Context ctx) {
    return Params.queryUuid(ctx, "organizerId").map(OrganizerId::new);
  }

  private static Optional<EventId> eventId(Context ctx) {
    return Params.queryUuid(ctx, "eventId").map(EventId::new);
  }

  private static BookingId bookingId(Context ctx) {
    return new BookingId(Params.pathUuid(ctx, "id"));
  }
}
