package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.aquastream.event.domain.shared.Role;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {

  @Test
  void aRequestInFlightWhenTheServerStopsStillGetsItsAnswer() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    RouteGroup slow =
        routes ->
            routes.get(
                "/slow",
                Role.GUEST,
                ctx -> {
                  started.countDown();
                  release.await(5, TimeUnit.SECONDS);
                  ctx.result("finished");
                });
    HttpApp app =
        new HttpApp(new HttpSettings(1024, Duration.ofSeconds(5)), List.of(slow)).start(0);
    CompletableFuture<HttpResponse<String>> inFlight =
        HttpClient.newHttpClient()
            .sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/slow"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::stop);
    awaitRefusingConnections(app.port());
    release.countDown();

    HttpResponse<String> response = inFlight.get(5, TimeUnit.SECONDS);
    stopping.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("finished");
  }

  /** Stopping has begun once the port refuses new connections. */
  private static void awaitRefusingConnections(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket("localhost", port)) {
        Thread.onSpinWait();
      } catch (IOException refused) {
        return;
      }
    }
    throw new AssertionError("the server kept accepting connections while stopping");
  }
}
