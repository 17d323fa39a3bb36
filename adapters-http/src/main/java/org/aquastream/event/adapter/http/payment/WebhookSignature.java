package org.aquastream.event.adapter.http.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Payment Service's signature of a callback: {@code X-Signature: sha256=<hex HMAC-SHA256 of the
 * raw body>} with the shared secret ({@code services.payment.webhook-secret}). Compared in constant
 * time, so a forger learns nothing from how long a refusal takes.
 */
public final class WebhookSignature {
  public static final String HEADER = "X-Signature";
  static final String PREFIX = "sha256=";
  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] secret;

  /**
   * @param secret the shared secret; blank means no callback is ever signed validly
   */
  public WebhookSignature(String secret) {
    this.secret = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
  }

  /** True when {@code header} is {@code sha256=} and the body's HMAC under the secret. */
  public boolean matches(byte[] body, String header) {
    if (secret.length == 0 || header == null) {
      return false;
    }
    String value = header.strip();
    if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return false;
    }
    byte[] given =
        value
            .substring(PREFIX.length())
            .toLowerCase(Locale.ROOT)
            .getBytes(StandardCharsets.US_ASCII);
    byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(given, expected);
  }

  /**
   * The lower-case hex HMAC-SHA256 of {@code body}, as the header carries it after {@code sha256=}.
   */
  public String sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }
}
