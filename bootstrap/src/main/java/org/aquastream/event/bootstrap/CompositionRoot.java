package org.aquastream.event.bootstrap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.aquastream.event.adapter.http.HttpApp;
import org.aquastream.event.adapter.http.HttpSettings;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.postgres.JobScheduler;
import org.aquastream.event.adapter.postgres.PostgresPersistence;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.aquastream.event.bootstrap.ops.Operations;
import org.aquastream.event.bootstrap.peers.Peers;

/**
 * Wires adapters and use cases by hand. Reads like a table of contents: the shared collaborators,
 * then one wiring per area of the service, then the HTTP server and the job scheduler.
 */
final class CompositionRoot {
  private final AppConfig config;
  private final Operations operations;
  private final CatalogWiring catalog;
  private final WorkspaceWiring workspace;
  private final BookingWiring bookings;
  private final JobWiring jobs;

  CompositionRoot(
      AppConfig config,
      DataSource dataSource,
      Clock clock,
      Operations operations,
      BusinessMetrics metrics,
      Peers peers) {
    this.config = config;
    this.operations = operations;
    Collaborators shared =
        new Collaborators(
            config, new PostgresPersistence(dataSource, clock), clock, metrics, peers);
    this.catalog = new CatalogWiring(shared);
    this.workspace = new WorkspaceWiring(shared);
    this.bookings = new BookingWiring(shared);
    this.jobs = new JobWiring(shared, dataSource);
  }

  HttpApp httpApp() {
    List<RouteGroup> groups = new ArrayList<>();
    groups.addAll(catalog.routes());
    groups.addAll(workspace.routes());
    groups.addAll(bookings.routes());
    groups.addAll(jobs.routes());
    groups.addAll(operations.routes());
    return new HttpApp(httpSettings(), groups, operations.hooks());
  }

  /** The recurring jobs; started by {@link EventService} unless {@code app.event.jobs.enabled}. */
  JobScheduler jobScheduler() {
    return jobs.scheduler();
  }

  private HttpSettings httpSettings() {
    return new HttpSettings(
        config.server().maxRequestBytes(),
        Duration.ofMillis(config.server().shutdownTimeoutMs()),
        config.server().acceptQueueSize());
  }
}
