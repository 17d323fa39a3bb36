package org.aquastream.event.bootstrap.ops;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import javax.sql.DataSource;
import org.aquastream.event.adapter.postgres.ReplicaMonitor;

/**
 * The one meter registry of the service (Prometheus, read by /actuator/metrics too) with the JVM,
 * GC, thread, class loader, processor, uptime and file descriptor binders, and HikariCP's own
 * {@code hikaricp.*} meters.
 */
public final class Observability implements AutoCloseable {
  private final PrometheusMeterRegistry registry;
  private final JvmGcMetrics gc;

  public Observability(String application) {
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().commonTags("application", application);
    new JvmMemoryMetrics().bindTo(registry);
    gc = new JvmGcMetrics();
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new JvmInfoMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** Hikari reports {@code hikaricp.connections.active} and friends, tagged with its pool name. */
  public void watchPool(DataSource dataSource) {
    if (dataSource instanceof HikariDataSource hikari
        && hikari.getMetricsTrackerFactory() == null) {
      hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }
  }

  /**
   * {@code aquastream.replica.in.use} (1 while the catalog reads the replica, else 0) and {@code
   * aquastream.replica.lag} (seconds; NaN while unknown), read from the monitor's last verdict.
   */
  public void watchReplica(ReplicaMonitor monitor) {
    Gauge.builder("aquastream.replica.in.use", monitor, m -> m.usable() ? 1 : 0)
        .description("1 while the catalog reads the replica, 0 while it reads the primary")
        .register(registry);
    Gauge.builder(
            "aquastream.replica.lag",
            monitor,
            m -> m.state().lag().map(lag -> lag.toMillis() / 1000.0).orElse(Double.NaN))
        .description("how old the replica's data may be")
        .baseUnit("seconds")
        .register(registry);
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
