package org.aquastream.event.bootstrap.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The raw material of hostile requests: text an attacker or a broken client sends (SQL, markup,
 * path traversal, control and exotic Unicode characters, very long text), JSON values of every
 * wrong kind (huge and tiny numbers, wrong types, deep nesting), instants far outside the years the
 * service accepts, text that is no Unicode, media types that are no JSON, and method overrides.
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

  /** Timestamps outside the years 2000 to 2999 (UTC): at the edges, by offset, up to ±1e9 years. */
  static Arbitrary<String> farTimestamp() {
    Arbitrary<String> edges =
        Arbitraries.of(
            "+294277-01-01T00:00:00Z",
            "-999999999-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59.999999999Z",
            "1999-12-31T23:59:59.999Z",
            "3000-01-01T00:00:00Z",
            "0000-01-01T00:00:00Z",
            "2000-01-01T00:59:59+01:00",
            "2999-12-31T23:00:00-01:00");
    Arbitrary<String> anywhere =
        Combinators.combine(
                farDay(),
                Arbitraries.integers().between(0, 86_399),
                Arbitraries.integers().between(-72, 72))
            .as(
                (day, second, quarters) ->
                    OffsetDateTime.of(
                            day.atStartOfDay().plusSeconds(second),
                            ZoneOffset.ofTotalSeconds(quarters * 900))
                        .toString());
    return Arbitraries.oneOf(edges, anywhere);
  }

  /** Dates (meaning their first or last instant, UTC) outside the years 2000 to 2999. */
  static Arbitrary<String> farDate() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "+294277-01-01", "-999999999-01-01", "+999999999-12-31", "1999-12-31", "3000-01-01"),
        farDay().map(LocalDate::toString));
  }

  private static Arbitrary<LocalDate> farDay() {
    Arbitrary<Integer> year =
        Arbitraries.oneOf(
            Arbitraries.integers().between(-999_999_999, 1999),
            Arbitraries.integers().between(3000, 999_999_999));
    return Combinators.combine(
            year, Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
        .as(LocalDate::of);
  }

  /**
   * A JSON string literal, as bytes, that is no well-formed Unicode: a lone or reversed surrogate
   * as a JSON escape (U+D800 alone, U+DC00 before U+D800), a surrogate encoded as bytes (CESU-8),
   * or bytes that are no UTF-8 at all (a stray continuation byte, 0xFF, a truncated or overlong
   * sequence).
   */
  static Arbitrary<byte[]> brokenUnicodeString() {
    Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().ofMaxLength(12);
    Arbitrary<String> loneSurrogate =
        Arbitraries.integers().between(0xD800, 0xDFFF).map(c -> String.format("\\u%04x", c));
    Arbitrary<byte[]> escaped =
        Combinators.combine(
                plain, Arbitraries.oneOf(loneSurrogate, Arbitraries.just("\\udc00\\ud800")), plain)
            .as((before, broken, after) -> ascii("\"" + before + broken + after + "\""));
    Arbitrary<byte[]> notUtf8 =
        Combinators.combine(
                plain,
                Arbitraries.of(
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
                    new byte[] {(byte) 0x80},
                    new byte[] {(byte) 0xFF},
                    new byte[] {(byte) 0xC0, (byte) 0x80},
                    new byte[] {(byte) 0xE2, (byte) 0x82},
                    new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}),
                plain)
            .as((before, bytes, after) -> concat(ascii("\"" + before), bytes, ascii(after + "\"")));
    return Arbitraries.oneOf(escaped, notUtf8);
  }

  /** {@code Content-Type} values that declare no JSON; "" stands for no header at all. */
  static Arbitrary<String> notJsonMediaType() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "",
            "text/plain",
            "text/plain; charset=utf-8",
            "text/json",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/octet-stream",
            "application/jsonp",
            "application/json-patch",
            "application/+json",
            "application/json; charset=iso-8859-1",
            "application/json; charset=utf-16",
            "application/json; charset",
            "*/*",
            "json"),
        text()
            .map(String::strip)
            .filter(t -> !t.isEmpty() && !t.toLowerCase(java.util.Locale.ROOT).contains("json")));
  }

  /**
   * Ways to claim another method than the request line's: an override header (Javalin honours the
   * first), or a {@code _method} parameter in the query or in a form body.
   */
  static Arbitrary<Function<Hostile, Hostile>> methodOverride() {
    Arbitrary<String> method = Arbitraries.of("POST", "PUT", "DELETE", "PATCH", "post");
    Arbitrary<Function<Hostile, Hostile>> header =
        Combinators.combine(
                Arbitraries.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"),
                method)
            .as((name, value) -> request -> request.withHeader(name, value));
    Arbitrary<Function<Hostile, Hostile>> query =
        method.map(value -> request -> request.withQuery("_method=" + value));
    Arbitrary<Function<Hostile, Hostile>> form =
        method.map(
            value ->
                request ->
                    request
                        .withHeader("Content-Type", "application/x-www-form-urlencoded")
                        .withBody(ascii("_method=" + value)));
    return Arbitraries.oneOf(header, query, form);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
