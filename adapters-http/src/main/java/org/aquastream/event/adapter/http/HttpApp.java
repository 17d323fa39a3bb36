package org.aquastream.event.adapter.http;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Objects;
import org.aquastream.event.adapter.http.common.Json;
import org.aquastream.event.adapter.http.common.ProblemErrorHandler;
import org.aquastream.event.adapter.http.common.ProblemResponder;
import org.aquastream.event.adapter.http.common.RequestTrace;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LowResourceMonitor;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP server: Javalin on virtual threads with every route, the trace id, gateway identity and
 * the problem+json mapping declared up front.
 */
public final class HttpApp {
  private final Javalin javalin;

  public HttpApp(HttpSettings settings, List<RouteGroup> groups) {
    this(settings, groups, RequestHooks.NONE);
  }

  // Read by the connector factory when Javalin starts, after start(port) set it.
  private volatile int requestedPort;

  public HttpApp(HttpSettings settings, List<RouteGroup> groups, RequestHooks hooks) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(hooks, "hooks");
    List<RouteGroup> declared = List.copyOf(groups);
    RouteAccess access = new RouteAccess(settings.maxRequestBytes());
    ProblemResponder problems = new ProblemResponder();
    this.javalin =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.concurrency.useVirtualThreads = true;
              config.http.maxRequestSize = settings.maxRequestBytes();
              config.http.prefer405over404 = true;
              config.jetty.modifyServer(
                  server -> {
                    // stop() stops accepting, then waits for in-flight requests up to the timeout.
                    server.setStopTimeout(settings.stopTimeout().toMillis());
                    server.insertHandler(new GracefulHandler());
                    // Javalin's default LowResourceMonitor cuts the idle timeout to 1 s when the
                    // pool looks busy, which closes connections whose request is still waiting
                    // for the database during a booking rush; the pool limits load instead.
                    server.getBeans(LowResourceMonitor.class).forEach(server::removeBean);
                    // What Jetty refuses before any route runs is a problem+json answer too.
                    server.setErrorHandler(new ProblemErrorHandler());
                  });
              config.jetty.modifyHttpConfiguration(
                  http -> http.addCustomizer(new IgnoredMethodOverride()));
              // Our own connector only to set its accept queue: with Java's default backlog of 50,
              // a rush of clients on a busy server (1 000 users racing for one event) lost
              // connections that were closed without an answer.
              config.jetty.addConnector(
                  (server, httpConfiguration) -> {
                    ServerConnector connector =
                        new ServerConnector(server, new HttpConnectionFactory(httpConfiguration));
                    connector.setPort(requestedPort);
                    connector.setAcceptQueueSize(settings.acceptQueueSize());
                    return connector;
                  });
              config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
              config.routes.before(RequestTrace::begin);
              config.routes.beforeMatched(access::check);
              hooks.guards().forEach(guard -> config.routes.beforeMatched(guard::check));
              if (!hooks.observers().isEmpty()) {
                config.requestLogger.http(
                    (ctx, ms) -> RequestCompletion.notify(ctx, ms, hooks.observers()));
              }
              config.routes.after(RequestTrace::end);
              config.routes.exception(HttpResponseException.class, problems::respond);
              config.routes.exception(Exception.class, problems::respond);
              Routes routes = new Routes(config.routes);
              declared.forEach(group -> group.declare(routes));
            });
  }

  /** Starts listening; port 0 picks a free port, see {@link #port()}. */
  public HttpApp start(int port) {
    requestedPort = port;
    javalin.start(port);
    return this;
  }

  public int port() {
    return javalin.port();
  }

  /**
   * Every HTTP route the server answers, as Javalin's router holds it (filters such as before and
   * after handlers are not routes); what the OpenAPI document is checked against. The HEAD twin of
   * every GET is left out: it is that GET without a body (see {@link Routes#get}).
   */
  public List<RegisteredRoute> routes() {
    return javalin.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .filter(endpoint -> !endpoint.method.equals(HandlerType.HEAD))
        .map(endpoint -> new RegisteredRoute(endpoint.method.name(), endpoint.path))
        .toList();
  }

  public void stop() {
    javalin.stop();
  }
}
