package org.aquastream.event.adapter.http;

import io.javalin.http.Context;

/**
 * Runs before every matched route once the caller is identified and allowed (rate limits); refuses
 * a request by throwing, usually a {@link
 * org.aquastream.event.adapter.http.common.ProblemException}.
 */
@FunctionalInterface
public interface RequestGuard {
  void check(Context ctx);
}
