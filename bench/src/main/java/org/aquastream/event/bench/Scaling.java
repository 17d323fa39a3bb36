package org.aquastream.event.bench;

import java.util.Map;

/**
 * One instance against three on the same PostgreSQL and the same machine, back to back: the hot
 * event, the spread load and the catalog's first page, the clients taking the instances in turn as
 * the gateway would. On two cores the instances share the CPU with PostgreSQL and the driver.
 */
final class Scaling {
  private Scaling() {}

  static void run(Run run) throws Exception {
    while (run.instances.size() < 3) {
      ServiceProcess instance = run.startInstance(Map.of());
      run.report.add(
          "startup, external PostgreSQL",
          "instance " + run.instances.size() + " to ready (with instance 1 under no load)",
          instance.startupMillis() + " ms",
          "restart of instance 1",
          run.first().startupMillis() + " ms",
          Report.ratio(instance.startupMillis(), run.first().startupMillis()));
    }
    Bench.warmUp(run, 3);
    String clients = run.options.bookingClients() + " clients";

    Load.Result hotOne = Bookings.hotEvent(run, 1);
    Load.Result hotThree = Bookings.hotEvent(run, 3);
    compare(run, "hot event, " + clients, "bookings/s", hotOne.perSecond(), hotThree.perSecond());
    compareMs(
        run, "hot event, " + clients, "p99", hotOne.percentileMs(99), hotThree.percentileMs(99));

    Load.Result spreadOne = Bookings.spread(run, 1);
    Load.Result spreadThree = Bookings.spread(run, 3);
    compare(
        run, "spread, " + clients, "bookings/s", spreadOne.perSecond(), spreadThree.perSecond());
    compareMs(
        run, "spread, " + clients, "p99", spreadOne.percentileMs(99), spreadThree.percentileMs(99));

    String firstPage = "/api/v1/events?page=0&size=20";
    Load.Result pageOne = Catalog.measure(run, run.bases(1), firstPage);
    Load.Result pageThree = Catalog.measure(run, run.bases(3), firstPage);
    String catalog =
        "catalog first page, "
            + Report.count(run.data.publishedEvents())
            + " events, "
            + run.options.catalogClients()
            + " clients";
    compare(run, catalog, "req/s", pageOne.perSecond(), pageThree.perSecond());
    compareMs(run, catalog, "p95", pageOne.percentileMs(95), pageThree.percentileMs(95));
  }

  private static void compare(Run run, String scenario, String figure, double one, double three) {
    run.report.add(
        "3 instances: " + scenario,
        figure,
        Report.rate(three),
        "1 instance, same run",
        Report.rate(one),
        Report.ratio(three, one));
  }

  private static void compareMs(Run run, String scenario, String figure, double one, double three) {
    run.report.add(
        "3 instances: " + scenario,
        figure,
        Report.ms(three),
        "1 instance, same run",
        Report.ms(one),
        Report.ratio(three, one));
  }
}
