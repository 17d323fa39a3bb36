package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aquastream.event.adapter.http.booking.BookingRoutes;
import org.aquastream.event.adapter.http.cache.HttpCaching;
import org.aquastream.event.adapter.http.cache.PublicPages;
import org.aquastream.event.adapter.http.event.EventRoutes;
import org.aquastream.event.adapter.http.organizer.OrganizerRoutes;
import org.aquastream.event.domain.shared.Role;

/** A real server on a free port, wired to {@link RecordingUseCases}, and a client for it. */
public final class TestApi implements AutoCloseable {
  public static final String TIMESTAMP_FORMAT =
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

  private static final ObjectMapper READER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  public final RecordingUseCases useCases = new RecordingUseCases();
  public final HttpCaching caching = new HttpCaching(PublicPages.standard());
  private final HttpApp app;

  public TestApi(RouteGroup... extraGroups) {
    // No graceful wait on stop: every test starts and stops a server of its own.
    this(new HttpSettings(HttpSettings.DEFAULT_MAX_REQUEST_BYTES, Duration.ZERO), extraGroups);
  }

  public TestApi(HttpSettings settings, RouteGroup... extraGroups) {
    this(settings, RequestHooks.NONE, extraGroups);
  }

  /** With guards and observers, e.g. rate limits and metrics. */
  public TestApi(RequestHooks hooks, RouteGroup... extraGroups) {
    this(
        new HttpSettings(HttpSettings.DEFAULT_MAX_REQUEST_BYTES, Duration.ZERO),
        hooks,
        extraGroups);
  }

  private TestApi(HttpSettings settings, RequestHooks hooks, RouteGroup... extraGroups) {
    RecordingUseCases u = useCases;
    List<RouteGroup> groups = new ArrayList<>();
    groups.add(new OrganizerRoutes(u, caching));
    groups.add(new EventRoutes(u, u, u, u, u, u, u, "RUB", caching));
    groups.add(new BookingRoutes(u, u, u, u, u, u));
    groups.addAll(List.of(extraGroups));
    app = new HttpApp(settings, groups, hooks).start(0);
  }

  public int port() {
    return app.port();
  }

  public Request get(String path) {
    return new Request("GET", path);
  }

  public Request post(String path) {
    return new Request("POST", path);
  }

  public Request put(String path) {
    return new Request("PUT", path);
  }

  public Request delete(String path) {
    return new Request("DELETE", path);
  }

  public Request request(String method, String path) {
    return new Request(method, path);
  }

  @Override
  public void close() {
    app.stop();
  }

  /** A request being built; no identity headers unless asked. */
  public final class Request {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> extraHeaders = new ArrayList<>();
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    private Request(String method, String path) {
      this.method = method;
      this.path = path;
    }

    public Request as(Role role) {
      return as(StubAnswers.USER_ID, role);
    }

    public Request as(UUID user, Role role) {
      return header("X-User-Id", user.toString()).header("X-User-Role", role.name());
    }

    public Request header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** Sends {@code name} once more, after any value already set. */
    public Request extraHeader(String name, String value) {
      extraHeaders.add(Map.entry(name, value));
      return this;
    }

    public Request json(String json) {
      body = HttpRequest.BodyPublishers.ofString(json);
      return header("Content-Type", "application/json");
    }

    /** A body sent chunked, without Content-Length. */
    public Request chunked(String json) {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
      return header("Content-Type", "application/json");
    }

    public Reply send() {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
              .method(method, body);
      headers.forEach(builder::header);
      extraHeaders.forEach(extra -> builder.header(extra.getKey(), extra.getValue()));
      try {
        return new Reply(CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** A response with its body parsed when it is JSON. */
  public record Reply(HttpResponse<String> response) {
    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public JsonNode json() {
      try {
        return READER.readTree(response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public List<String> fieldNames() {
      List<String> names = new ArrayList<>();
      json().fieldNames().forEachRemaining(names::add);
      return names;
    }

    /** Asserts an RFC 9457 problem with this status and slug, and returns its JSON. */
    public JsonNode assertProblem(int status, String code) {
      assertThat(status()).as("status of %s", body()).isEqualTo(status);
      assertThat(header("Content-Type")).startsWith("application/problem+json");
      JsonNode problem = json();
      assertThat(problem.get("type").asText()).isEqualTo("https://aquastream.org/problems/" + code);
      assertThat(problem.get("code").asText()).isEqualTo(code);
      assertThat(problem.get("status").asInt()).isEqualTo(status);
      assertThat(problem.get("title").asText()).isNotBlank();
      assertThat(problem.get("detail").asText()).isNotBlank();
      assertThat(problem.get("instance").asText()).isEqualTo(response.uri().getPath());
      assertThat(problem.get("traceId").asText()).isEqualTo(header("X-Request-Id")).isNotBlank();
      assertThat(problem.get("timestamp").asText()).matches(TIMESTAMP_FORMAT);
      assertThat(problem.get("errors").isArray()).isTrue();
      return problem;
    }

    /** The {@code field} names of a problem's {@code errors}. */
    public List<String> errorFields() {
      List<String> fields = new ArrayList<>();
      json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
      return fields;
    }
  }
}
