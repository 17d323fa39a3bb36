package org.aquastream.event.adapter.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.util.List;
import org.aquastream.event.adapter.http.common.GatewayIdentity;
import org.aquastream.event.adapter.http.common.RequestTrace;
import org.aquastream.event.domain.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Describes a request Javalin has finished and hands it to the observers, trace id in the MDC. */
final class RequestCompletion {
  private static final Logger LOG = LoggerFactory.getLogger(RequestCompletion.class);

  private RequestCompletion() {}

  static void notify(Context ctx, Float millis, List<RequestObserver> observers) {
    FinishedRequest request = describe(ctx, millis);
    // Javalin logs after the request's own handlers cleared the MDC; observers log with the id too.
    MDC.put(RequestTrace.MDC_KEY, request.traceId());
    try {
      for (RequestObserver observer : observers) {
        try {
          observer.finished(request);
        } catch (RuntimeException e) {
          LOG.warn("Request observer {} failed", observer, e);
        }
      }
    } finally {
      MDC.remove(RequestTrace.MDC_KEY);
    }
  }

  static FinishedRequest describe(Context ctx, Float millis) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    String route = endpoint == null ? FinishedRequest.NOT_FOUND : endpoint.path;
    long nanos = millis == null ? 0 : (long) (millis.doubleValue() * 1_000_000);
    return new FinishedRequest(
        ctx.method().name(),
        route,
        ctx.statusCode(),
        Duration.ofNanos(nanos),
        RequestTrace.traceId(ctx),
        GatewayIdentity.identified(ctx).flatMap(Actor::user));
  }
}
