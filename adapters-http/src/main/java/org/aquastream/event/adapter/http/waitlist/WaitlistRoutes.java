package org.aquastream.event.adapter.http.waitlist;

import static org.aquastream.event.adapter.http.Routes.API_V1;

import io.javalin.http.Context;
import java.util.UUID;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.adapter.http.common.GatewayIdentity;
import org.aquastream.event.adapter.http.common.JsonBody;
import org.aquastream.event.adapter.http.common.PageResponse;
import org.aquastream.event.adapter.http.common.Params;
import org.aquastream.event.adapter.http.common.SeatsBody;
import org.aquastream.event.application.port.in.waitlist.GetWaitlistStatusUseCase;
import org.aquastream.event.application.port.in.waitlist.JoinWaitlistUseCase;
import org.aquastream.event.application.port.in.waitlist.LeaveWaitlistUseCase;
import org.aquastream.event.application.port.in.waitlist.ListMyWaitlistUseCase;
import org.aquastream.event.application.port.in.waitlist.ProcessWaitlistUseCase;
import org.aquastream.event.application.port.in.waitlist.WaitlistEntryView;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.waitlist.WaitlistStatus;

/** A user's place in events' queues (USER), and the owner's "notify the queue" (ORGANIZER). */
public final class WaitlistRoutes implements RouteGroup {
  private final JoinWaitlistUseCase joinWaitlist;
  private final LeaveWaitlistUseCase leaveWaitlist;
  private final GetWaitlistStatusUseCase waitlistStatus;
  private final ListMyWaitlistUseCase listMyWaitlist;
  private final ProcessWaitlistUseCase processWaitlist;

  public WaitlistRoutes(
      JoinWaitlistUseCase joinWaitlist,
      LeaveWaitlistUseCase leaveWaitlist,
      GetWaitlistStatusUseCase waitlistStatus,
      ListMyWaitlistUseCase listMyWaitlist,
      ProcessWaitlistUseCase processWaitlist) {
    this.joinWaitlist = joinWaitlist;
    this.leaveWaitlist = leaveWaitlist;
    this.waitlistStatus = waitlistStatus;
    this.listMyWaitlist = listMyWaitlist;
    this.processWaitlist = processWaitlist;
  }

  @Override
  public void declare(Routes routes) {
    routes
        .post(API_V1 + "/events/{id}/waitlist", Role.USER, this::join)
        .delete(API_V1 + "/events/{id}/waitlist", Role.USER, this::leave)
        .get(API_V1 + "/events/{id}/waitlist/status", Role.USER, this::status)
        .post(API_V1 + "/events/{id}/waitlist/notify", Role.ORGANIZER, this::notifyQueue)
        .get(API_V1 + "/waitlist", Role.USER, this::list);
  }

  private void join(Context ctx) {
    EventId event = eventId(ctx);
    int seats = JsonBody.readOptional(ctx, SeatsBody.class).map(SeatsBody::seatsOrOne).orElse(1);
    WaitlistEntryView joined = joinWaitlist.join(GatewayIdentity.actor(ctx), event, seats);
    ctx.status(201)
        .header("Location", API_V1 + "/events/" + event + "/waitlist/status")
        .json(WaitlistEntryResponse.from(joined));
  }

  private void leave(Context ctx) {
    leaveWaitlist.leave(GatewayIdentity.actor(ctx), eventId(ctx));
    ctx.status(204);
  }

  private void status(Context ctx) {
    ctx.json(
        WaitlistEntryResponse.from(
            waitlistStatus.status(GatewayIdentity.actor(ctx), eventId(ctx))));
  }

  private void notifyQueue(Context ctx) {
    EventId event = eventId(ctx);
    int notified = processWaitlist.process(GatewayIdentity.actor(ctx), event);
    ctx.json(new Notified(event.value(), notified));
  }

  private void list(Context ctx) {
    var page =
        listMyWaitlist.list(
            GatewayIdentity.actor(ctx),
            Params.queryEnum(ctx, "status", WaitlistStatus.class),
            Params.page(ctx));
    ctx.json(PageResponse.from(page, WaitlistEntryResponse::from));
  }

  private static EventId eventId(Context ctx) {
    return new EventId(Params.pathUuid(ctx, "id"));
  }

  /** How many queued users were just offered a seat. */
  record Notified(UUID eventId, int notified) {}
}
