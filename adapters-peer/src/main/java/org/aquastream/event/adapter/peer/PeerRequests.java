package org.aquastream.event.adapter.peer;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** The requests the peers' contracts share: a JSON POST that carries its idempotency key. */
public final class PeerRequests {
  private static final MediaType JSON = MediaType.get("application/json");

  private PeerRequests() {}

  /**
   * A {@code POST} of {@code json} that accepts JSON back and names its {@code Idempotency-Key}, so
   * that the peer treats a resend as the same request.
   */
  public static Request jsonPost(HttpUrl url, String json, String idempotencyKey) {
    return new Request.Builder()
        .url(url)
        .header("Idempotency-Key", idempotencyKey)
        .header("Accept", "application/json")
        .post(RequestBody.create(json, JSON))
        .build();
  }
}
