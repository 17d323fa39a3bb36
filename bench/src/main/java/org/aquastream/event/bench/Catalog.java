package org.aquastream.event.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * GET /events at a catalog size, each figure against the liveness probe of the same server (the
 * framework's ceiling). Anonymous callers read the first page from the instance's cache of public
 * pages, and revalidate it with {@code If-None-Match} (a 304); callers with an identity read past
 * the cache, so their rows measure what the database path costs: the first and the last numbered
 * page (ids from the index, the last one read backwards from the end) and the keyset pages after
 * the first and before the last.
 */
final class Catalog {
  static final String PREFIX = "bench-catalog-";
  private static final int PAGE = 20;
  private static final IntPredicate OK = status -> status == 200;
  // A user the gateway vouched for: its answers are private and never come from the cache.
  private static final String[] IDENTIFIED = {
    "X-User-Id", "00000000-0000-0000-0000-0000000000c1", "X-User-Role", "USER"
  };

  private Catalog() {}

  /**
   * Fills the catalog up to {@code size} published events and measures it on the first instance.
   */
  static void run(Run run, int size) throws Exception {
    long before = run.data.publishedEvents();
    if (before < size) {
      long started = System.nanoTime();
      run.data.events(PREFIX, before + 1, size, 10, 10);
      run.data.vacuum();
      System.out.printf(
          "  catalog: %d events inserted in %.0f s%n",
          size - before, (System.nanoTime() - started) / 1e9);
    }
    long published = run.data.publishedEvents();
    String scenario = "catalog, " + Report.count(published) + " events, 1 instance";
    URI base = run.first().base();
    Load.Result liveness = measure(run, List.of(base), "/actuator/health/liveness");
    long lastPage = (published - 1) / PAGE;
    String firstPage = "/api/v1/events?page=0&size=" + PAGE;
    String firstCursor = nextCursor(run, firstPage);
    String deepCursor = nextCursor(run, "/api/v1/events?page=" + (lastPage - 1) + "&size=" + PAGE);
    String etag = run.http.etag(base, firstPage);
    row(run, scenario, "first page (page=0), anonymous, cached", firstPage, liveness);
    row(
        run,
        scenario,
        "first page revalidated (If-None-Match, 304)",
        liveness,
        client -> run.http.get(base, firstPage, "If-None-Match", etag),
        status -> status == 304);
    identifiedRow(run, scenario, "first page (page=0)", firstPage, liveness);
    identifiedRow(
        run,
        scenario,
        "last page (page=" + lastPage + ")",
        "/api/v1/events?page=" + lastPage + "&size=" + PAGE,
        liveness);
    identifiedRow(run, scenario, "cursor page 2", cursorPath(firstCursor), liveness);
    identifiedRow(run, scenario, "cursor, last page", cursorPath(deepCursor), liveness);
  }

  /** One route's req/s and p95 next to the liveness probe's. */
  static void row(Run run, String scenario, String figure, String path, Load.Result liveness)
      throws Exception {
    URI base = run.first().base();
    row(run, scenario, figure, liveness, client -> run.http.get(base, path), OK);
  }

  private static void identifiedRow(
      Run run, String scenario, String figure, String path, Load.Result liveness) throws Exception {
    URI base = run.first().base();
    row(
        run,
        scenario,
        figure + " with an identity (not cached)",
        liveness,
        client -> run.http.get(base, path, IDENTIFIED),
        OK);
  }

  private static void row(
      Run run,
      String scenario,
      String figure,
      Load.Result liveness,
      Load.Call call,
      IntPredicate expected)
      throws Exception {
    Load.Result result = measure(run, figure, call, expected);
    run.report.add(
        scenario,
        figure + ": req/s, p95",
        Report.rate(result.perSecond()) + ", " + Report.ms(result.percentileMs(95)),
        "GET /actuator/health/liveness, same server",
        Report.rate(liveness.perSecond()) + ", " + Report.ms(liveness.percentileMs(95)),
        Report.ratio(result.perSecond(), liveness.perSecond()));
  }

  /** Closed-loop GETs of {@code path}, clients taking the instances in turn. */
  static Load.Result measure(Run run, List<URI> bases, String path) throws Exception {
    return measure(
        run, "GET " + path, client -> run.http.get(bases.get(client % bases.size()), path), OK);
  }

  private static Load.Result measure(Run run, String what, Load.Call call, IntPredicate expected)
      throws Exception {
    Load.Result result =
        Load.forDuration(
            run.options.catalogClients(),
            run.options.warmupMs(),
            run.options.measureMs(),
            call,
            expected);
    Run.requireOnly(what, result, expected);
    return result;
  }

  private static String nextCursor(Run run, String path) throws Exception {
    String cursor = run.http.getJson(run.first().base(), path).path("nextCursor").asText();
    if (cursor.isEmpty()) {
      throw new IllegalStateException(path + " offered no cursor");
    }
    return cursor;
  }

  private static String cursorPath(String cursor) {
    return "/api/v1/events?size="
        + PAGE
        + "&cursor="
        + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
  }
}
