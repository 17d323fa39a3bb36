package org.aquastream.event.adapter.http.jobs;

import io.javalin.http.Context;
import java.util.UUID;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.adapter.http.common.GatewayIdentity;
import org.aquastream.event.adapter.http.common.Params;
import org.aquastream.event.adapter.http.common.RequestValidationException;
import org.aquastream.event.application.port.in.booking.ExpirePendingBookingsUseCase;
import org.aquastream.event.application.port.in.event.CompleteFinishedEventsUseCase;
import org.aquastream.event.application.port.in.waitlist.ProcessWaitlistUseCase;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Role;

/**
 * The scheduled jobs on demand for operators (ADMIN; outside {@code /api/v1}, as the operations
 * runbook calls them), each answering how much it did.
 */
public final class JobRoutes implements RouteGroup {
  static final String BASE = "/internal/jobs";

  private final ExpirePendingBookingsUseCase expirePendingBookings;
  private final ProcessWaitlistUseCase processWaitlist;
  private final CompleteFinishedEventsUseCase completeFinishedEvents;

  public JobRoutes(
      ExpirePendingBookingsUseCase expirePendingBookings,
      ProcessWaitlistUseCase processWaitlist,
      CompleteFinishedEventsUseCase completeFinishedEvents) {
    this.expirePendingBookings = expirePendingBookings;
    this.processWaitlist = processWaitlist;
    this.completeFinishedEvents = completeFinishedEvents;
  }

  @Override
  public void declare(Routes routes) {
    routes
        .post(BASE + "/expire-bookings", Role.ADMIN, this::expireBookings)
        .post(BASE + "/process-waitlist", Role.ADMIN, this::processWaitlist)
        .post(BASE + "/complete-events", Role.ADMIN, this::completeEvents);
  }

  private void expireBookings(Context ctx) {
    ctx.json(new Expired(expirePendingBookings.expirePendingBookings()));
  }

  private void processWaitlist(Context ctx) {
    UUID event =
        Params.queryUuid(ctx, "eventId")
            .orElseThrow(() -> RequestValidationException.of("eventId", "eventId is required"));
    int notified = processWaitlist.process(GatewayIdentity.actor(ctx), new EventId(event));
    ctx.json(new Notified(event, notified));
  }

  private void completeEvents(Context ctx) {
    ctx.json(new Completed(completeFinishedEvents.completeFinishedEvents()));
  }

  /** How many PENDING bookings expired. */
  record Expired(int expired) {}

  /** How many queued users of the event were offered a seat. */
  record Notified(UUID eventId, int notified) {}

  /** How many events completed. */
  record Completed(int completed) {}
}
