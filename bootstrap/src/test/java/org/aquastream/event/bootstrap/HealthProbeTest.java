package org.aquastream.event.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

class HealthProbeTest {

  @Test
  void healthyOnlyWhenTheEndpointAnswers200() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/up",
        exchange -> {
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.createContext(
        "/down",
        exchange -> {
          exchange.sendResponseHeaders(503, -1);
          exchange.close();
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      assertThat(HealthProbe.isHealthy(URI.create(base + "/up"))).isTrue();
      assertThat(HealthProbe.isHealthy(URI.create(base + "/down"))).isFalse();
    } finally {
      server.stop(0);
    }
    assertThat(HealthProbe.isHealthy(URI.create("http://127.0.0.1:1/nothing"))).isFalse();
  }
}
