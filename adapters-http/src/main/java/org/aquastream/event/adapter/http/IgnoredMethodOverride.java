package org.aquastream.event.adapter.http;

import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Drops {@code X-HTTP-Method-Override} and its twins before any route runs, so a request is served
 * as the method of its request line: Javalin would otherwise route a GET that names POST there as a
 * POST, and gateways, caches and CSRF rules, which go by the request line, would let a GET change
 * state. (Javalin reads no {@code _method} parameter.)
 */
final class IgnoredMethodOverride implements HttpConfiguration.Customizer {
  static final List<String> HEADERS =
      List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

  @Override
  public Request customize(Request request, HttpFields.Mutable responseHeaders) {
    HttpFields headers = request.getHeaders();
    if (HEADERS.stream().noneMatch(headers::contains)) {
      return request;
    }
    HttpFields.Mutable kept = HttpFields.build(headers);
    HEADERS.forEach(kept::remove);
    HttpFields without = kept.asImmutable();
    return new Request.Wrapper(request) {
      @Override
      public HttpFields getHeaders() {
        return without;
      }
    };
  }
}
