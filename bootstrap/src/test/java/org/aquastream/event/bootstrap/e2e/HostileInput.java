package org.aquastream.event.bootstrap.e2e;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The raw material of hostile requests: text an attacker or a broken client sends (SQL, markup,
 * path traversal, control and exotic Unicode characters, very long text) and JSON values of every
 * wrong kind (huge and tiny numbers, wrong types, deep nesting).
 */
final class HostileInput {
  static final Set<String> ROLES = Set.of("GUEST", "USER", "ORGANIZER", "ADMIN");
  private static final Pattern UUID_LIKE =
      Pattern.compile("(?i)^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

  static final List<String> NASTY =
      List.of(
          "' OR '1'='1",
          "'; DROP TABLE event.bookings; --",
          "\" OR 1=1 --",
          "1; SELECT pg_sleep(10)",
          "$$; DELETE FROM event.events; $$",
          "%' UNION SELECT id, owner_user_id FROM event.organizers --",
          "') OR ('x'='x",
          "\\x00\\x1a",
          "\u0000",
          "a\u0000b",
          "${jndi:ldap://127.0.0.1/a}",
          "<script>alert(1)</script>",
          "{{7*7}}",
          "../../../../etc/passwd",
          "..\\..\\..\\windows\\win.ini",
          "%2e%2e%2f%2e%2e%2f",
          "\u202Egnp.exe",
          "\uFEFFbom",
          "\uD83E\uDD3F\uD83C\uDF0A",
          "\uD800",
          "Привет, мир",
          "Ωμέγα",
          "\u0009\u000B\u000C",
          "\r\nX-Injected: yes",
          "null",
          "undefined",
          "NaN",
          "-0",
          "9".repeat(400),
          "\u00A0");

  private HostileInput() {}

  /** Text of every nasty kind, from a few characters to several kilobytes. */
  static Arbitrary<String> text() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(NASTY)),
        net.jqwik.api.Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
        net.jqwik.api.Tuple.of(
            2, Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(80)),
        net.jqwik.api.Tuple.of(
            1, Arbitraries.strings().withCharRange(' ', '~').ofMinLength(300).ofMaxLength(4000)));
  }

  /** Text that is no UUID even with its blanks stripped, and not blank (blank means absent). */
  static Arbitrary<String> notAUuid() {
    return text().filter(t -> !t.isBlank() && !UUID_LIKE.matcher(t.strip()).matches());
  }

  /** Text that names no role, not even with its blanks stripped, and is not blank. */
  static Arbitrary<String> notARole() {
    return text()
        .map(t -> t.length() > 200 ? t.substring(0, 200) : t)
        .filter(t -> !t.isBlank() && !ROLES.contains(t.strip()));
  }

  /** A JSON value of any kind as JSON text: numbers past every range, wrong types, nasty text. */
  static Arbitrary<String> jsonValue() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "1e999999999",
            "-1e-999999999",
            "99999999999999999999999999999999",
            "-9223372036854775809",
            "2147483648",
            "-0",
            "0.0000000001",
            "1.5",
            "true",
            "false",
            "null",
            "[]",
            "{}",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
            "{\"$ne\":null}",
            "[\"" + UUID.randomUUID() + "\"]",
            "\"\"",
            "\"   \""),
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.doubles().map(String::valueOf),
        text().map(Hostile::quoted),
        Arbitraries.create(UUID::randomUUID).map(id -> Hostile.quoted(id.toString())));
  }

  /** Bytes that are seldom JSON: random text, random bytes, truncated or deeply nested JSON. */
  static Arbitrary<byte[]> brokenBody() {
    return Arbitraries.oneOf(
        text().map(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(300),
        Arbitraries.of(
                "{\"eventId\":",
                "{\"eventId\" \"x\"}",
                "{'eventId': 'x'}",
                "[1,2,3",
                "{\"a\":1}{\"b\":2}",
                "\"just a string\"",
                "42",
                "null",
                "[".repeat(5000),
                "{\"a\":".repeat(2000),
                "<event><id>1</id></event>")
            .map(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
