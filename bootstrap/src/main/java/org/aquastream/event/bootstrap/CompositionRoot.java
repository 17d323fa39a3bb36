package org.aquastream.event.bootstrap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.aquastream.event.adapter.http.HttpApp;
import org.aquastream.event.adapter.http.HttpSettings;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.postgres.CatalogQueries;
import org.aquastream.event.adapter.postgres.JobScheduler;
import org.aquastream.event.adapter.postgres.PostgresPersistence;
import org.aquastream.event.application.UseCases;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.service.booking.BookingPolicy;
import org.aquastream.event.application.service.booking.PaymentPolicy;
import org.aquastream.event.application.service.operations.OutboxPolicy;
import org.aquastream.event.application.service.waitlist.WaitlistPolicy;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.aquastream.event.bootstrap.db.ReplicaDatabase;
import org.aquastream.event.bootstrap.ops.Operations;
import org.aquastream.event.bootstrap.peers.Peers;

/**
 * Wires adapters and use cases by hand. Reads like a table of contents: the PostgreSQL stores and
 * the peers go into the application's {@link UseCases}, whose use cases go to the HTTP routes and
 * the job scheduler; with a replica, the public catalog's use cases read through it.
 */
final class CompositionRoot {
  private final AppConfig config;
  private final Operations operations;
  private final HttpWiring http;
  private final JobWiring jobs;

  CompositionRoot(
      AppConfig config,
      DataSource dataSource,
      Optional<ReplicaDatabase> replica,
      Clock clock,
      Operations operations,
      BusinessMetrics metrics,
      Peers peers) {
    this.config = config;
    this.operations = operations;
    PostgresPersistence primary = new PostgresPersistence(dataSource, clock);
    UseCases.Peers useCasePeers =
        new UseCases.Peers(peers.payments(), peers.notifier(), peers.users(), metrics, clock);
    UseCases useCases = new UseCases(primary.stores(), useCasePeers, settings(config));
    // The same use cases once more, their catalog queries routed to the replica; only the public
    // catalog's are handed out from it (HttpWiring), so bookings, the workspace and the jobs never
    // read the replica (docs/adr/0029).
    UseCases catalog =
        replica
            .map(
                r ->
                    new UseCases(
                        primary.stores(routed(primary, r)), useCasePeers, settings(config)))
            .orElse(useCases);
    this.http = new HttpWiring(useCases, catalog, config);
    this.jobs = new JobWiring(useCases, config, clock, dataSource);
  }

  /** The catalog's queries on the replica while it keeps up, else on the primary. */
  private static CatalogQueries routed(PostgresPersistence primary, ReplicaDatabase replica) {
    CatalogQueries onReplica = new PostgresPersistence(replica.dataSource()).catalogQueries();
    return primary.catalogQueries().preferring(onReplica, replica.monitor());
  }

  HttpApp httpApp() {
    List<RouteGroup> groups = new ArrayList<>(http.routes());
    groups.addAll(jobs.routes());
    groups.addAll(operations.routes());
    return new HttpApp(httpSettings(), groups, operations.hooks());
  }

  /** The recurring jobs; started by {@link EventService} unless {@code app.event.jobs.enabled}. */
  JobScheduler jobScheduler() {
    return jobs.scheduler();
  }

  /** The operator's {@code app.event.*} and {@code services.*} knobs the use cases obey. */
  static UseCases.Settings settings(AppConfig config) {
    AppConfig.Event event = config.app().event();
    AppConfig.Outbox outbox = event.outbox();
    return new UseCases.Settings(
        new BookingPolicy(event.booking().ttl(), event.booking().gracePeriod()),
        new WaitlistPolicy(
            Duration.ofMinutes(event.waitlist().notificationWindowMinutes()),
            event.waitlist().autoProcess()),
        new OutboxPolicy(
            outbox.batchSize(),
            outbox.maxAttempts(),
            Duration.ofMillis(outbox.initialBackoffMs()),
            Duration.ofMillis(outbox.maxBackoffMs()),
            Duration.ofMillis(outbox.leaseMs())),
        new PaymentPolicy(event.payment().cancelOnFailure()),
        config.services().user().failOpen(),
        event.currency(),
        event.jobs().expiryBatchSize(),
        Duration.ofDays(event.audit().retainDays()),
        event.booking().batchSize());
  }

  private HttpSettings httpSettings() {
    return new HttpSettings(
        config.server().maxRequestBytes(),
        Duration.ofMillis(config.server().shutdownTimeoutMs()),
        config.server().acceptQueueSize());
  }
}
