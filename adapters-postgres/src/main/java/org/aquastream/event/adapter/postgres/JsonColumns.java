package org.aquastream.event.adapter.postgres;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.aquastream.event.domain.event.Coordinates;
import org.aquastream.event.domain.event.Location;
import org.aquastream.event.domain.organizer.Contacts;

/** Converts the values kept in jsonb columns (location, contacts, details) to and from JSON. */
final class JsonColumns {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {};

  private JsonColumns() {}

  static String location(Location location) {
    Coordinates c = location.coordinates();
    return write(
        new LocationJson(
            location.address(),
            location.city(),
            location.venue(),
            c == null ? null : new CoordinatesJson(c.lat(), c.lng())));
  }

  static Location location(String json) {
    LocationJson l = read(json, LocationJson.class);
    CoordinatesJson c = l.coordinates();
    return new Location(
        l.address(), l.city(), l.venue(), c == null ? null : new Coordinates(c.lat(), c.lng()));
  }

  static String contacts(Contacts contacts) {
    return write(
        new ContactsJson(
            contacts.phone(), contacts.email(), contacts.telegram(), contacts.website()));
  }

  static Contacts contacts(String json) {
    if (json == null) {
      return Contacts.none();
    }
    ContactsJson c = read(json, ContactsJson.class);
    return new Contacts(c.phone(), c.email(), c.telegram(), c.website());
  }

  static String textMap(Map<String, String> values) {
    return write(values);
  }

  static Map<String, String> textMap(String json) {
    try {
      return MAPPER.readValue(json, TEXT_MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable jsonb column: " + e.getOriginalMessage(), e);
    }
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write jsonb column: " + e.getOriginalMessage(), e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable jsonb column: " + e.getOriginalMessage(), e);
    }
  }

  // Absent parts are left out rather than written as null.
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record LocationJson(
      String address, String city, String venue, CoordinatesJson coordinates) {}

  private record CoordinatesJson(double lat, double lng) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record ContactsJson(String phone, String email, String telegram, String website) {}
}
