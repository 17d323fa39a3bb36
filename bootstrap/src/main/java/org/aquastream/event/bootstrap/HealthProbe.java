package org.aquastream.event.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's HEALTHCHECK: {@code java -cp event-service.jar ...HealthProbe <url>} exits 0 when
 * the URL answers 200 within three seconds, 1 otherwise. The runtime image has no curl or wget, and
 * needs none.
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
    HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build();
    try {
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
