package org.aquastream.event.adapter.http.organizer;

import static org.aquastream.event.adapter.http.Routes.API_V1;

import io.javalin.http.Context;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.adapter.http.cache.HttpCaching;
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
  private final HttpCaching caching;

  public OrganizerDirectoryRoutes(
      ListOrganizersUseCase listOrganizers,
      GetOrganizerUseCase getOrganizer,
      BrowseOrganizerEventsUseCase browseEvents,
      ListTeamUseCase listTeam,
      ListFaqUseCase listFaq,
      HttpCaching caching) {
    this.listOrganizers = listOrganizers;
    this.getOrganizer = getOrganizer;
    this.browseEvents = browseEvents;
    this.listTeam = listTeam;
    this.listFaq = listFaq;
    this.caching = caching;
  }

  @Override
  public void declare(Routes routes) {
    routes
        .get(API_V1 + "/organizers", Role.GUEST, caching.read(this::list))
        .get(API_V1 + "/organizers/{slug}", Role.GUEST, caching.read(this::get))
        .get(API_V1 + "/organizers/{slug}/events", Role.GUEST, caching.read(this::events))
        .get(API_V1 + "/organizers/{slug}/team", Role.GUEST, caching.read(this::team))
        .get(API_V1 + "/organizers/{slug}/faq", Role.GUEST, caching.read(this::faq));
  }

  private Object list(Context ctx) {
    var page = listOrganizers.list(Params.query(ctx, "search"), Params.page(ctx));
    return PageResponse.from(page, OrganizerCardResponse::from);
  }

  private Object get(Context ctx) {
    return OrganizerPageResponse.from(getOrganizer.get(slug(ctx)));
  }

  private Object events(Context ctx) {
    Slug slug = slug(ctx);
    CatalogRequest request = CatalogRequest.from(ctx);
    if (request.keyset().isPresent()) {
      CatalogRequest.Keyset keyset = request.keyset().get();
      return CatalogSliceResponse.from(
          browseEvents.browseAfter(slug, request.search(), keyset.after(), keyset.size()),
          keyset.size());
    }
    return CatalogPageResponse.from(browseEvents.browse(slug, request.search(), request.page()));
  }

  private Object team(Context ctx) {
    return listTeam.ofOrganizer(slug(ctx)).stream().map(TeamMemberResponse::from).toList();
  }

  private Object faq(Context ctx) {
    return listFaq.ofOrganizer(slug(ctx)).stream().map(FaqItemResponse::from).toList();
  }

  private static Slug slug(Context ctx) {
    return OrganizerSlugs.fromPath(ctx);
  }
}
