package org.aquastream.event.bootstrap.peers;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.aquastream.event.adapter.http.ops.HealthIndicator;
import org.aquastream.event.adapter.notification.HttpNotifier;
import org.aquastream.event.adapter.notification.HttpUserDirectory;
import org.aquastream.event.adapter.notification.LocalUserDirectory;
import org.aquastream.event.adapter.notification.LogNotifier;
import org.aquastream.event.adapter.payment.HttpPaymentGateway;
import org.aquastream.event.adapter.payment.ManualPayments;
import org.aquastream.event.application.error.PeerRejectedException;
import org.aquastream.event.application.port.out.booking.PaymentGateway;
import org.aquastream.event.application.port.out.booking.UserDirectory;
import org.aquastream.event.application.port.out.operations.Notifier;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The peer services as the use cases see them: for each of payment, notification and user, the HTTP
 * client (one OkHttp client with the peer's call timeout, one circuit breaker) when its URL is set,
 * else the local stand-in; plus each peer's health component and the breakers' metrics ({@code
 * resilience4j.circuitbreaker.*}).
 */
public final class Peers implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Peers.class);

  private final OkHttpClient shared;
  private final List<HealthIndicator> health = new ArrayList<>();
  private final PaymentGateway payments;
  private final Notifier notifier;
  private final UserDirectory users;

  public Peers(AppConfig.Services services, Clock clock, MeterRegistry meters) {
    shared = sharedClient(services);
    CircuitBreakerRegistry breakers =
        CircuitBreakerRegistry.of(breakerConfig(services.circuitBreaker(), clock));
    TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
    Duration openWait = services.circuitBreaker().openWait();
    OkHttpClient probe =
        shared.newBuilder().callTimeout(Duration.ofMillis(services.healthTimeoutMs())).build();

    AppConfig.Peer payment = services.payment().peer();
    this.payments =
        choose(
            HttpPaymentGateway.PEER,
            payment,
            breakers,
            probe,
            url ->
                new HttpPaymentGateway(
                    url,
                    client(payment),
                    breakers.circuitBreaker(HttpPaymentGateway.PEER),
                    openWait),
            ManualPayments::new);
    AppConfig.Peer notification = services.notification();
    this.notifier =
        choose(
            HttpNotifier.PEER,
            notification,
            breakers,
            probe,
            url ->
                new HttpNotifier(
                    url,
                    client(notification),
                    breakers.circuitBreaker(HttpNotifier.PEER),
                    openWait),
            LogNotifier::new);
    AppConfig.Peer user = services.user().peer();
    this.users =
        choose(
            HttpUserDirectory.PEER,
            user,
            breakers,
            probe,
            url ->
                new HttpUserDirectory(
                    url, client(user), breakers.circuitBreaker(HttpUserDirectory.PEER), openWait),
            LocalUserDirectory::new);
  }

  /**
   * One connection pool for every peer. TLS is set up only when a peer's URL is https: reading the
   * trust store and building the TLS stack was a tenth of the service's start-up, for peers that
   * answer plain HTTP inside the compose network.
   */
  static OkHttpClient sharedClient(AppConfig.Services services) {
    boolean tls =
        Stream.of(services.payment().peer(), services.notification(), services.user().peer())
            .flatMap(peer -> peer.uri().stream())
            .anyMatch(url -> "https".equalsIgnoreCase(url.getScheme()));
    OkHttpClient.Builder client = new OkHttpClient.Builder();
    if (!tls) {
      client.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
    }
    return client.build();
  }

  /** The breakers' settings; a refusal (4xx) shows the peer is up and never counts against it. */
  static CircuitBreakerConfig breakerConfig(AppConfig.CircuitBreaker settings, Clock clock) {
    return CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(settings.slidingWindowSize())
        .minimumNumberOfCalls(settings.minimumNumberOfCalls())
        .failureRateThreshold(settings.failureRateThreshold())
        .waitDurationInOpenState(settings.openWait())
        .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
        .recordException(failure -> !(failure instanceof PeerRejectedException))
        .clock(new ServiceClock(clock))
        .build();
  }

  private <T> T choose(
      String name,
      AppConfig.Peer peer,
      CircuitBreakerRegistry breakers,
      OkHttpClient probe,
      java.util.function.Function<URI, T> remote,
      java.util.function.Supplier<T> local) {
    Optional<URI> url = peer.uri();
    if (url.isEmpty()) {
      LOG.info("{}: no URL configured, using the local stand-in", name);
      health.add(new LocalPeerHealth(name));
      return local.get();
    }
    LOG.info("{}: {} (timeout {} ms)", name, url.get(), peer.timeoutMs());
    health.add(new PeerHealth(name, url.get(), breakers.circuitBreaker(name), probe));
    return remote.apply(url.get());
  }

  /** The shared connection pool, with this peer's timeout for the whole call. */
  private OkHttpClient client(AppConfig.Peer peer) {
    return shared
        .newBuilder()
        .callTimeout(peer.timeout())
        .connectTimeout(peer.timeout())
        .readTimeout(peer.timeout())
        .build();
  }

  public PaymentGateway payments() {
    return payments;
  }

  public Notifier notifier() {
    return notifier;
  }

  public UserDirectory users() {
    return users;
  }

  /** The {@code paymentService}, {@code notificationService} and {@code userService} components. */
  public List<HealthIndicator> health() {
    return List.copyOf(health);
  }

  /** Releases the clients' threads and pooled connections. */
  @Override
  public void close() {
    shared.dispatcher().executorService().shutdown();
    shared.connectionPool().evictAll();
  }
}
