package org.aquastream.event.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * GET /events at a catalog size: the first and the last numbered page (OFFSET grows with depth, and
 * every numbered page counts the matches) and the keyset pages after the first and before the last
 * (the cost of a cursor does not grow), each against the liveness probe of the same server, the
 * framework's ceiling.
 */
final class Catalog {
  static final String PREFIX = "bench-catalog-";
  private static final int PAGE = 20;

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
    Load.Result liveness = measure(run, List.of(run.first().base()), "/actuator/health/liveness");
    long lastPage = (published - 1) / PAGE;
    String firstCursor = nextCursor(run, "/api/v1/events?page=0&size=" + PAGE);
    String deepCursor = nextCursor(run, "/api/v1/events?page=" + (lastPage - 1) + "&size=" + PAGE);
    row(run, scenario, "first page (page=0)", "/api/v1/events?page=0&size=" + PAGE, liveness);
    row(
        run,
        scenario,
        "last page (page=" + lastPage + ", OFFSET " + Report.count(lastPage * PAGE) + ")",
        "/api/v1/events?page=" + lastPage + "&size=" + PAGE,
        liveness);
    row(run, scenario, "cursor page 2", cursorPath(firstCursor), liveness);
    row(run, scenario, "cursor, last page", cursorPath(deepCursor), liveness);
  }

  /** One route's req/s and p95 next to the liveness probe's. */
  static void row(Run run, String scenario, String figure, String path, Load.Result liveness)
      throws Exception {
    Load.Result result = measure(run, List.of(run.first().base()), path);
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
    Load.Result result =
        Load.forDuration(
            run.options.catalogClients(),
            run.options.warmupMs(),
            run.options.measureMs(),
            client -> run.http.get(bases.get(client % bases.size()), path),
            status -> status == 200);
    Run.requireOnly("GET " + path, result, status -> status == 200);
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
