package org.aquastream.event.adapter.http.cache;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.function.Function;
import org.aquastream.event.adapter.http.common.GatewayIdentity;

/**
 * The caching rules of the public reads (docs/adr/0028). Every answer carries an {@code ETag}, and
 * a request whose {@code If-None-Match} names it is answered {@code 304} without a body. A caller
 * without {@code X-User-Id} gets the anonymous view, the same for all of them: {@code
 * Cache-Control: public, max-age=}{@value #MAX_AGE_SECONDS}, served from {@link PublicPages}. A
 * caller with an identity may see more (an organizer its drafts): {@code private, no-store}, read
 * anew every time and never kept. Writes that change what the public reads show drop the kept pages
 * ({@link #write}); seat counts may be up to the bound old, since booking always checks the seat
 * itself.
 */
public final class HttpCaching {
  /**
   * How long clients and shared caches may reuse an anonymous answer; with {@link
   * PublicPages#KEEP_FOR}, an anonymous answer is at most 5 seconds old wherever it is shown.
   */
  static final int MAX_AGE_SECONDS = 4;

  private static final String PUBLIC = "public, max-age=" + MAX_AGE_SECONDS;
  private static final String PRIVATE = "private, no-store";
  // The answer differs by identity (drafts for their organizer) and, when gzipped, by encoding.
  private static final String VARY =
      "Accept-Encoding, "
          + GatewayIdentity.USER_ID_HEADER
          + ", "
          + GatewayIdentity.USER_ROLE_HEADER;

  private final PublicPages pages;

  public HttpCaching(PublicPages pages) {
    this.pages = pages;
  }

  /** A GET handler answering what {@code answer} gives, under the caching rules. */
  public Handler read(Function<Context, Object> answer) {
    return ctx -> respond(ctx, answer);
  }

  /** A handler running {@code change}, then dropping every kept page, whatever its outcome. */
  public Handler write(Handler change) {
    return ctx -> {
      try {
        change.handle(ctx);
      } finally {
        pages.drop();
      }
    };
  }

  private void respond(Context ctx, Function<Context, Object> answer) {
    boolean anonymous = GatewayIdentity.actor(ctx).user().isEmpty();
    RenderedPage page =
        anonymous
            ? pages.get(uri(ctx), () -> RenderedPage.of(answer.apply(ctx)))
            : RenderedPage.of(answer.apply(ctx));
    ctx.header("ETag", page.etag());
    ctx.header("Cache-Control", anonymous ? PUBLIC : PRIVATE);
    ctx.header("Vary", VARY);
    if (page.isNamedBy(ctx.header("If-None-Match"))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType(ContentType.APPLICATION_JSON);
    if (page.isWorthGzipping() && acceptsGzip(ctx.header("Accept-Encoding"))) {
      // Compressed once per page rather than by Javalin on every answer; it leaves a response
      // that already has a Content-Encoding alone.
      ctx.header("Content-Encoding", "gzip").result(page.gzipped());
    } else {
      ctx.result(page.json());
    }
  }

  /** Whether {@code Accept-Encoding} names gzip without refusing it ({@code gzip;q=0}). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",", -1)) {
      String[] parts = coding.split(";", -1);
      if (parts[0].strip().equalsIgnoreCase("gzip")) {
        return parts.length == 1 || !isZeroQuality(parts[1]);
      }
    }
    return false;
  }

  private static boolean isZeroQuality(String parameter) {
    String value = parameter.strip().toLowerCase(Locale.ROOT);
    return value.startsWith("q=") && value.substring(2).strip().matches("0(\\.0{0,3})?");
  }

  private static String uri(Context ctx) {
    String query = ctx.queryString();
    return query == null ? ctx.path() : ctx.path() + "?" + query;
  }
}
