package org.aquastream.event.adapter.http.common;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aquastream.event.domain.shared.PageRequest;

/**
 * Reads path and query parameters. A value that does not parse is a {@code validation-error} naming
 * the parameter; a blank query parameter counts as absent.
 */
public final class Params {
  // "one of A, B, C" for each enum, spelled once rather than on every request.
  private static final ClassValue<String> ENUM_NAMES =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
          return "one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(constant -> ((Enum<?>) constant).name())
                  .collect(Collectors.joining(", "));
        }
      };

  private static final int MAX_INTEGER_DIGITS = 12;
  private static final int MAX_FRACTION_DIGITS = 10;

  private Params() {}

  /** A UUID path parameter such as {@code {id}}. */
  public static UUID pathUuid(Context ctx, String name) {
    return Uuids.parse(ctx.pathParam(name))
        .orElseThrow(() -> RequestValidationException.of(name, name + " must be a UUID"));
  }

  /**
   * A query parameter as text; what PostgreSQL cannot store as it came (NUL, a lone surrogate) is
   * refused ({@link Text#unstorable}).
   */
  public static Optional<String> query(Context ctx, String name) {
    Optional<String> value =
        Optional.ofNullable(ctx.queryParam(name)).filter(text -> !text.isBlank());
    value.ifPresent(text -> Text.requireStorable(name, text));
    return value;
  }

  public static Optional<UUID> queryUuid(Context ctx, String name) {
    return query(ctx, name, Uuids::parse, "a UUID");
  }

  public static Optional<BigDecimal> queryDecimal(Context ctx, String name) {
    return query(
        ctx,
        name,
        Params::decimal,
        "a number of at most "
            + MAX_INTEGER_DIGITS
            + " digits before and "
            + MAX_FRACTION_DIGITS
            + " after the point");
  }

  public static <E extends Enum<E>> Optional<E> queryEnum(Context ctx, String name, Class<E> type) {
    return query(ctx, name, text -> constant(type, text), ENUM_NAMES.get(type));
  }

  /**
   * A timestamp filter: an ISO-8601 date-time with offset, or a plain date meaning the start of
   * that day (UTC) or, with {@code endOfDay}, its last instant — so date bounds are inclusive.
   */
  public static Optional<Instant> queryInstant(Context ctx, String name, boolean endOfDay) {
    return query(
        ctx,
        name,
        text -> instant(text, endOfDay),
        "an ISO-8601 date (2026-01-15) or timestamp with offset (2026-01-15T10:00:00Z)");
  }

  /** {@code page} (default 0) and {@code size} (default 20, at most 100; never clamped). */
  public static PageRequest page(Context ctx) {
    int page = query(ctx, "page", Params::integer, "an integer").orElse(0);
    int size = query(ctx, "size", Params::integer, "an integer").orElse(PageRequest.DEFAULT_SIZE);
    return new PageRequest(page, size);
  }

  private static <T> Optional<T> query(
      Context ctx, String name, Function<String, Optional<T>> parser, String expected) {
    return query(ctx, name)
        .map(
            text ->
                parser
                    .apply(text.strip())
                    .orElseThrow(
                        () -> RequestValidationException.of(name, name + " must be " + expected)));
  }

  private static Optional<Integer> integer(String text) {
    try {
      return Optional.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * A decimal of at most {@value #MAX_INTEGER_DIGITS} integer and {@value #MAX_FRACTION_DIGITS}
   * fraction digits: {@code 1e-999999999} parses, but no database could compare with it.
   */
  private static Optional<BigDecimal> decimal(String text) {
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    BigDecimal plain = value.stripTrailingZeros();
    boolean fits =
        plain.scale() <= MAX_FRACTION_DIGITS
            && (long) plain.precision() - plain.scale() <= MAX_INTEGER_DIGITS;
    return fits ? Optional.of(value) : Optional.empty();
  }

  private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(text)).findFirst();
  }

  private static Optional<Instant> instant(String text, boolean endOfDay) {
    // An unencoded '+' of an offset arrives as a space.
    String value = text.replace(' ', '+');
    try {
      return Optional.of(Json.parseTimestamp(value));
    } catch (DateTimeParseException notTimestamp) {
      try {
        Instant startOfDay = LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        // Instant arithmetic: the day after LocalDate.MAX is no LocalDate, but still an Instant,
        // which the range check of the catalog's filters then refuses.
        return Optional.of(
            endOfDay ? startOfDay.plus(Duration.ofDays(1)).minusNanos(1) : startOfDay);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
