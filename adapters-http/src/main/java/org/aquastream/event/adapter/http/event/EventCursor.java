package org.aquastream.event.adapter.http.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.aquastream.event.adapter.http.common.RequestValidationException;
import org.aquastream.event.application.port.in.event.EventKeyset;
import org.aquastream.event.domain.event.EventId;

/**
 * The opaque {@code cursor} of catalog lists: base64url (no padding) of {@code
 * v1|<dateStart>|<id>}, the catalog position to continue after. Clients pass back what {@code
 * nextCursor} gave them and never build one; anything else is a {@code validation-error} naming
 * {@code cursor}.
 */
final class EventCursor {
  static final String PARAM = "cursor";
  private static final String VERSION = "v1";

  private EventCursor() {}

  static String encode(EventKeyset position) {
    String text = VERSION + "|" + position.dateStart() + "|" + position.id().value();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static Optional<String> next(Optional<EventKeyset> position) {
    return position.map(EventCursor::encode);
  }

  static EventKeyset decode(String cursor) {
    try {
      String text =
          new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
      String[] parts = text.split("\\|", -1);
      if (parts.length != 3 || !parts[0].equals(VERSION)) {
        throw invalid();
      }
      return new EventKeyset(Instant.parse(parts[1]), new EventId(UUID.fromString(parts[2])));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw invalid();
    }
  }

  private static RequestValidationException invalid() {
    return RequestValidationException.of(
        PARAM, "cursor must be a nextCursor value returned by this list");
  }
}
