package org.aquastream.event.adapter.http.organizer;

import static org.aquastream.event.adapter.http.Routes.API_V1;

import io.javalin.http.Context;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.adapter.http.common.PageResponse;
import org.aquastream.event.adapter.http.common.Params;
import org.aquastream.event.adapter.http.event.CatalogPageResponse;
import org.aquastream.event.adapter.http.event.CatalogRequest;
import org.aquastream.event.adapter.http.event.CatalogSliceResponse;
import org.aquastream.event.application.port.in.event.BrowseOrganizerEventsUseCase;
import org.aquastream.event.application.port.in.organizer.GetOrganizerUseCase;
import org.aquastream.event.application.port.in.organizer.ListFaqUseCase;
import org.aquastream.event.application.port.in.organizer.ListOrganizersUseCase;
import org.aquastream.event.application.port.in.organizer.ListTeamUseCase;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.Role;

/** The public face of organizers (GUEST): directory, page, events, team and FAQ. */
public final class OrganizerDirectoryRoutes implements RouteGroup {
  private final ListOrganizersUseCase listOrganizers;
  private final GetOrganizerUseCase getOrganizer;
  private final BrowseOrganizerEventsUseCase browseEvents;
  private final ListTeamUseCase listTeam;
  private final ListFaqUseCase listFaq;

  public OrganizerDirectoryRoutes(
      ListOrganizersUseCase listOrganizers,
      GetOrganizerUseCase getOrganizer,
      BrowseOrganizerEventsUseCase browseEvents,
      ListTeamUseCase listTeam,
      ListFaqUseCase listFaq) {
    this.listOrganizers = listOrganizers;
    this.getOrganizer = getOrganizer;
    this.browseEvents = browseEvents;
    this.listTeam = listTeam;
    this.listFaq = listFaq;
  }

  @Override
  public void declare(Routes routes) {
    routes
        .get(API_V1 + "/organizers", Role.GUEST, this::list)
        .get(API_V1 + "/organizers/{slug}", Role.GUEST, this::get)
        .get(API_V1 + "/organizers/{slug}/events", Role.GUEST, this::events)
        .get(API_V1 + "/organizers/{slug}/team", Role.GUEST, this::team)
        .get(API_V1 + "/organizers/{slug}/faq", Role.GUEST, this::faq);
  }

  private void list(Context ctx) {
    var page = listOrganizers.list(Params.query(ctx, "search"), Params.page(ctx));
    ctx.json(PageResponse.from(page, OrganizerCardResponse::from));
  }

  private void get(Context ctx) {
    ctx.json(OrganizerPageResponse.from(getOrganizer.get(slug(ctx))));
  }

  private void events(Context ctx) {
    Slug slug = slug(ctx);
    CatalogRequest request = CatalogRequest.from(ctx);
    if (request.keyset().isPresent()) {
      CatalogRequest.Keyset keyset = request.keyset().get();
      ctx.json(
          CatalogSliceResponse.from(
              browseEvents.browseAfter(slug, request.search(), keyset.after(), keyset.size()),
              keyset.size()));
    } else {
      ctx.json(
          CatalogPageResponse.from(browseEvents.browse(slug, request.search(), request.page())));
    }
  }

  private void team(Context ctx) {
    ctx.json(listTeam.ofOrganizer(slug(ctx)).stream().map(TeamMemberResponse::from).toList());
  }

  private void faq(Context ctx) {
    ctx.json(listFaq.ofOrganizer(slug(ctx)).stream().map(FaqItemResponse::from).toList());
  }

  private static Slug slug(Context ctx) {
    return OrganizerSlugs.fromPath(ctx);
  }
}
