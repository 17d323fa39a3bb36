package org.aquastream.event.adapter.http.common;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The trace id of a request: {@code X-Request-Id} if usable, else the trace-id of a W3C {@code
 * traceparent}, else a new one. It is echoed as {@code X-Request-Id}, kept in the SLF4J MDC under
 * {@value #MDC_KEY} while the request runs, and quoted in every problem.
 */
public final class RequestTrace {
  public static final String REQUEST_ID_HEADER = "X-Request-Id";
  public static final String TRACEPARENT_HEADER = "traceparent";
  public static final String MDC_KEY = "traceId";

  private static final String ATTRIBUTE = RequestTrace.class.getName();
  private static final Pattern REQUEST_ID = Pattern.compile("^[A-Za-z0-9._:-]{1,128}$");
  private static final Pattern TRACEPARENT =
      Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}(-.*)?$");
  private static final String INVALID_TRACE_ID = "0".repeat(32);

  private RequestTrace() {}

  /** Before every request. */
  public static void begin(Context ctx) {
    String traceId = resolve(ctx.header(REQUEST_ID_HEADER), ctx.header(TRACEPARENT_HEADER));
    ctx.attribute(ATTRIBUTE, traceId);
    ctx.header(REQUEST_ID_HEADER, traceId);
    MDC.put(MDC_KEY, traceId);
  }

  /** After every request, errors included. */
  public static void end(Context ctx) {
    MDC.remove(MDC_KEY);
  }

  /** The trace id of the current request. */
  public static String traceId(Context ctx) {
    String traceId = ctx.attribute(ATTRIBUTE);
    return traceId != null ? traceId : resolve(null, null);
  }

  /** Picks the trace id from the two headers (either may be null), or makes a new one. */
  public static String resolve(String requestId, String traceparent) {
    return fromRequestId(requestId)
        .or(() -> fromTraceparent(traceparent))
        .orElseGet(() -> UUID.randomUUID().toString().replace("-", ""));
  }

  private static Optional<String> fromRequestId(String requestId) {
    return Optional.ofNullable(requestId)
        .map(String::strip)
        .filter(id -> REQUEST_ID.matcher(id).matches());
  }

  private static Optional<String> fromTraceparent(String traceparent) {
    if (traceparent == null) {
      return Optional.empty();
    }
    Matcher m = TRACEPARENT.matcher(traceparent.strip());
    if (!m.matches() || m.group(1).equals(INVALID_TRACE_ID)) {
      return Optional.empty();
    }
    return Optional.of(m.group(1));
  }
}
