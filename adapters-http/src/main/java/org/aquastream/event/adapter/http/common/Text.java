package org.aquastream.event.adapter.http.common;

/** Checks of raw request text shared by query parameters and JSON bodies. */
final class Text {
  private Text() {}

  /** True when {@code text} holds U+0000, which no PostgreSQL text column can store. */
  static boolean hasNul(String text) {
    return text.indexOf('\u0000') >= 0;
  }
}
