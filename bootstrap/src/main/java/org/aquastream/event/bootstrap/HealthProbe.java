package org.aquastream.event.bootstrap;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/**
 * The container's HEALTHCHECK: {@code java -cp event-service.jar ...HealthProbe <url>} exits 0 when
 * the URL answers 200 within three seconds, 1 otherwise. The runtime image has no curl or wget, and
 * needs none. {@link HttpURLConnection}, not {@code java.net.http}: a probe every ten seconds in a
 * one-CPU container should cost a tenth of a second of CPU, not half a second.
 */
public final class HealthProbe {
  static final String DEFAULT_URL = "http://127.0.0.1:8102/actuator/health/readiness";
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private HealthProbe() {}

  public static void main(String[] args) {
    URI url = URI.create(args.length > 0 ? args[0] : DEFAULT_URL);
    System.exit(isHealthy(url) ? 0 : 1);
  }

  static boolean isHealthy(URI url) {
    try {
      HttpURLConnection http = (HttpURLConnection) url.toURL().openConnection();
      http.setConnectTimeout((int) TIMEOUT.toMillis());
      http.setReadTimeout((int) TIMEOUT.toMillis());
      http.setInstanceFollowRedirects(false);
      try {
        return http.getResponseCode() == 200;
      } finally {
        http.disconnect();
      }
    } catch (IOException e) {
      return false;
    }
  }
}
