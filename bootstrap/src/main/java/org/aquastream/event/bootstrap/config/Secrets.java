package org.aquastream.event.bootstrap.config;

import java.util.regex.Pattern;

/** Masks secrets in configuration values before they reach a log line. */
final class Secrets {
  static final String MASK = "****";

  /** {@code postgres://user:secret@host} and {@code ...?password=secret&...}. */
  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@]*:)[^@/]*@");

  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)([?&;](?:password|sslpassword)=)[^&;]*");

  private Secrets() {}

  static String maskUrl(String url) {
    String masked = USER_INFO_PASSWORD.matcher(url).replaceAll("$1" + MASK + "@");
    return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
  }
}
