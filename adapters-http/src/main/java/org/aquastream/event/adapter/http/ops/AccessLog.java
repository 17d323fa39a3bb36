package org.aquastream.event.adapter.http.ops;

import org.aquastream.event.adapter.http.FinishedRequest;
import org.aquastream.event.adapter.http.RequestObserver;
import org.aquastream.event.domain.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request on the {@value #LOGGER} logger: method, route template, status, duration and
 * the caller's id. Never the query string or the body, which may hold personal data.
 */
public final class AccessLog implements RequestObserver {
  public static final String LOGGER = "http.access";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  @Override
  public void finished(FinishedRequest request) {
    LOG.info(
        "{} {} {} {}ms user={}",
        request.method(),
        request.route(),
        request.status(),
        request.duration().toMillis(),
        request.user().map(UserId::toString).orElse("-"));
  }
}
