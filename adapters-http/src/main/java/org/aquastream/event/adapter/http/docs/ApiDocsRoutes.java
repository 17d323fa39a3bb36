package org.aquastream.event.adapter.http.docs;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.domain.shared.Role;

/**
 * The API's description for machines (GET /openapi.json) and people (GET /docs, Swagger UI served
 * from its webjar on the classpath: nothing is loaded from a CDN).
 */
public final class ApiDocsRoutes implements RouteGroup {
  private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
  private static final String WEBJAR_VERSION =
      "META-INF/maven/org.webjars/swagger-ui/pom.properties";

  /** The Swagger UI files the page needs, with their content types; nothing else is served. */
  private static final Map<String, String> ASSETS =
      Map.of(
          "swagger-ui.css", "text/css",
          "swagger-ui-bundle.js", "text/javascript",
          "swagger-ui-standalone-preset.js", "text/javascript",
          "favicon-32x32.png", "image/png",
          "favicon-16x16.png", "image/png");

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
        <meta charset="UTF-8">
        <title>AquaStream Event Service API</title>
        <link rel="stylesheet" href="/docs/swagger-ui.css">
        <link rel="icon" type="image/png" href="/docs/favicon-32x32.png" sizes="32x32">
      </head>
      <body>
        <div id="swagger-ui"></div>
        <script src="/docs/swagger-ui-bundle.js"></script>
        <script src="/docs/swagger-ui-standalone-preset.js"></script>
        <script>
          window.ui = SwaggerUIBundle({
            url: "/openapi.json",
            dom_id: "#swagger-ui",
            presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
            layout: "StandaloneLayout"
          });
        </script>
      </body>
      </html>
      """;

  private final Supplier<OpenApiDocument> document;
  private final String assetRoot;

  public ApiDocsRoutes(OpenApiDocument document) {
    this(() -> document);
  }

  /**
   * Reads the document when it is first asked for, not at start-up: parsing its YAML parts is tens
   * of milliseconds of a start that must be ready within a second, for a route few call.
   */
  public ApiDocsRoutes(Supplier<OpenApiDocument> document) {
    this.document = new Once<>(document);
    this.assetRoot = WEBJAR + webjarVersion() + "/";
  }

  @Override
  public void declare(Routes routes) {
    routes
        .get("/openapi.json", Role.GUEST, this::openApi)
        .get("/docs", Role.GUEST, ctx -> ctx.html(PAGE))
        .get("/docs/{asset}", Role.GUEST, this::asset);
  }

  private void openApi(Context ctx) {
    ctx.contentType("application/json").result(document.get().json());
  }

  private void asset(Context ctx) {
    String name = ctx.pathParam("asset");
    String type = ASSETS.get(name);
    InputStream in =
        type == null ? null : getClass().getClassLoader().getResourceAsStream(assetRoot + name);
    if (in == null) {
      throw new NotFoundResponse();
    }
    ctx.header("Cache-Control", "public, max-age=86400").contentType(type).result(in);
  }

  private static String webjarVersion() {
    try (InputStream in =
        ApiDocsRoutes.class.getClassLoader().getResourceAsStream(WEBJAR_VERSION)) {
      if (in == null) {
        throw new IllegalStateException("the swagger-ui webjar is not on the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A value made by the first caller and shared with every later one. */
  private static final class Once<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    Once(Supplier<T> make) {
      this.make = make;
    }

    @Override
    public T get() {
      T made = value;
      if (made == null) {
        synchronized (this) {
          made = value;
          if (made == null) {
            made = make.get();
            value = made;
          }
        }
      }
      return made;
    }
  }
}
