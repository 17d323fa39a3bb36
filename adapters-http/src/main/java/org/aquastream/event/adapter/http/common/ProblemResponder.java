package org.aquastream.event.adapter.http.common;

import io.javalin.http.Context;
import java.time.Instant;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the problem of any failed request as {@code application/problem+json}. */
public final class ProblemResponder {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemResponder.class);

  public void respond(Exception failure, Context ctx) {
    Problem problem = Problems.from(failure);
    log(failure, problem, ctx);
    ctx.status(problem.status());
    problem.headers().forEach(ctx::header);
    ctx.contentType(Problem.CONTENT_TYPE);
    // Bytes, not a String: JSON is UTF-8, whatever charset the container would pick.
    ctx.result(Json.writeBytes(problem.body(ctx.path(), RequestTrace.traceId(ctx), Instant.now())));
  }

  private static void log(Exception failure, Problem problem, Context ctx) {
    if (failure instanceof DependencyUnavailableException unavailable) {
      LOG.warn(
          "Dependency unavailable on {} {}: {} ({})",
          ctx.method(),
          ctx.path(),
          unavailable.dependency(),
          unavailable.getMessage());
    } else if (problem.status() >= 500) {
      LOG.error("Request failed on {} {}", ctx.method(), ctx.path(), failure);
    } else {
      LOG.debug("Request refused on {} {}: {}", ctx.method(), ctx.path(), problem.code());
    }
  }
}
