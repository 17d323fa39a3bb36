package org.aquastream.event.adapter.http.common;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The media types a request body is read as: {@code application/json} and any structured-syntax
 * {@code application/*+json} (such as {@code application/merge-patch+json}), with no charset or
 * UTF-8, the only encoding JSON has (RFC 8259). Anything else is answered 415.
 */
final class JsonMediaType {
  private static final Pattern JSON =
      Pattern.compile("^application/(?:[a-z0-9!#$&^_.+-]+\\+)?json$");

  private JsonMediaType() {}

  /** True when a {@code Content-Type} header of this value declares JSON; false for null. */
  static boolean accepts(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!JSON.matcher(parts[0].strip().toLowerCase(Locale.ROOT)).matches()) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].split("=", 2);
      if (parameter[0].strip().equalsIgnoreCase("charset")
          && !(parameter.length == 2 && unquoted(parameter[1].strip()).equalsIgnoreCase("utf-8"))) {
        return false;
      }
    }
    return true;
  }

  private static String unquoted(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }
}
