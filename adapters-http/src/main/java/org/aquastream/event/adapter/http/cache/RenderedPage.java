package org.aquastream.event.adapter.http.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.aquastream.event.adapter.http.common.Json;

/**
 * One answer rendered once: its JSON bytes, their entity tag, a weak one ({@code W/"..."}) from a
 * digest of the bytes, so that every instance gives the same content the same tag and the gzipped
 * copy may share it, and that gzipped copy, made once for all the callers that accept it.
 */
public final class RenderedPage {
  private static final int TAG_BYTES = 16;
  // Javalin's own threshold: smaller answers gain less from gzip than it costs.
  private static final int GZIP_FROM_BYTES = 1500;

  private final byte[] json;
  private final String etag;
  private volatile byte[] gzipped;

  private RenderedPage(byte[] json, String etag) {
    this.json = json;
    this.etag = etag;
  }

  /** {@code answer} as the API writes it, with its tag. */
  public static RenderedPage of(Object answer) {
    byte[] json = Json.writeBytes(answer);
    byte[] digest = Arrays.copyOf(sha256(json), TAG_BYTES);
    return new RenderedPage(
        json, "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"");
  }

  /** The JSON bytes; callers must not change them. */
  byte[] json() {
    return json;
  }

  public String etag() {
    return etag;
  }

  /** Whether the page is large enough to be sent gzipped to a caller that accepts it. */
  boolean isWorthGzipping() {
    return json.length >= GZIP_FROM_BYTES;
  }

  /** The JSON gzipped, compressed by the first caller that asks; callers must not change it. */
  byte[] gzipped() {
    byte[] made = gzipped;
    if (made == null) {
      made = gzip(json);
      gzipped = made;
    }
    return made;
  }

  /** Bytes it holds, for the cache's bound. */
  int weight() {
    return json.length + etag.length();
  }

  /**
   * Whether an {@code If-None-Match} header names this page: {@code *} or one of its entity tags,
   * compared weakly (RFC 9110 13.1.2: {@code W/} is ignored). A null header names nothing.
   */
  public boolean isNamedBy(String ifNoneMatch) {
    if (ifNoneMatch == null) {
      return false;
    }
    String own = opaque(etag);
    for (String tag : ifNoneMatch.split(",", -1)) {
      String candidate = tag.strip();
      if (candidate.equals("*") || opaque(candidate).equals(own)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("gzip into memory cannot fail", e);
    }
    return out.toByteArray();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "RenderedPage[" + etag + ", " + new String(json, StandardCharsets.UTF_8) + "]";
  }
}
