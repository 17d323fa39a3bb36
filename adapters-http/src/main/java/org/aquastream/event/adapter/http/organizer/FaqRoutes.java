package org.aquastream.event.adapter.http.organizer;

import static org.aquastream.event.adapter.http.Routes.API_V1;

import io.javalin.http.Context;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.adapter.http.cache.HttpCaching;
import org.aquastream.event.adapter.http.common.GatewayIdentity;
import org.aquastream.event.adapter.http.common.JsonBody;
import org.aquastream.event.adapter.http.common.Params;
import org.aquastream.event.application.port.in.organizer.AddFaqItemUseCase;
import org.aquastream.event.application.port.in.organizer.ListFaqUseCase;
import org.aquastream.event.application.port.in.organizer.RemoveFaqItemUseCase;
import org.aquastream.event.application.port.in.organizer.ReplaceFaqItemUseCase;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.FaqItemId;
import org.aquastream.event.domain.shared.Role;

/** An organizer's FAQ in its workspace (ORGANIZER; ADMIN with {@code organizerId}). */
public final class FaqRoutes implements RouteGroup {
  private static final String FAQ = API_V1 + "/organizer/faq";

  private final ListFaqUseCase listFaq;
  private final AddFaqItemUseCase addItem;
  private final ReplaceFaqItemUseCase replaceItem;
  private final RemoveFaqItemUseCase removeItem;
  private final HttpCaching caching;

  public FaqRoutes(
      ListFaqUseCase listFaq,
      AddFaqItemUseCase addItem,
      ReplaceFaqItemUseCase replaceItem,
      RemoveFaqItemUseCase removeItem,
      HttpCaching caching) {
    this.listFaq = listFaq;
    this.addItem = addItem;
    this.replaceItem = replaceItem;
    this.removeItem = removeItem;
    this.caching = caching;
  }

  @Override
  public void declare(Routes routes) {
    routes
        .get(FAQ, Role.ORGANIZER, this::list)
        .post(FAQ, Role.ORGANIZER, caching.write(this::add))
        .put(FAQ + "/{id}", Role.ORGANIZER, caching.write(this::replace))
        .delete(FAQ + "/{id}", Role.ORGANIZER, caching.write(this::remove));
  }

  private void list(Context ctx) {
    var faq = listFaq.own(GatewayIdentity.actor(ctx), WorkspaceParams.organizerId(ctx));
    ctx.json(faq.stream().map(FaqItemResponse::from).toList());
  }

  private void add(Context ctx) {
    FaqItemRequest body = JsonBody.read(ctx, FaqItemRequest.class);
    FaqItem added =
        addItem.add(GatewayIdentity.actor(ctx), WorkspaceParams.organizerId(ctx), body.toContent());
    ctx.status(201).header("Location", FAQ + "/" + added.id()).json(FaqItemResponse.from(added));
  }

  private void replace(Context ctx) {
    FaqItemId id = id(ctx);
    FaqItemRequest body = JsonBody.read(ctx, FaqItemRequest.class);
    ctx.json(
        FaqItemResponse.from(
            replaceItem.replace(GatewayIdentity.actor(ctx), id, body.toContent())));
  }

  private void remove(Context ctx) {
    removeItem.remove(GatewayIdentity.actor(ctx), id(ctx));
    ctx.status(204);
  }

  private static FaqItemId id(Context ctx) {
    return new FaqItemId(Params.pathUuid(ctx, "id"));
  }
}
