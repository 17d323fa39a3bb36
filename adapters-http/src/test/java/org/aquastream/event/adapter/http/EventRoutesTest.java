package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.in.event.CreateEventUseCase;
import org.aquastream.event.application.port.in.event.EventKeyset;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.application.port.in.event.UpdateEventUseCase;
import org.aquastream.event.domain.event.Capacity;
import org.aquastream.event.domain.event.Coordinates;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventPatch;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.event.Location;
import org.aquastream.event.domain.event.Price;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Money;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventRoutesTest {
  private static final String EVENTS = "/api/v1/events";
  private static final String EVENT = EVENTS + "/" + StubAnswers.EVENT_ID;
  private static final String NEW_EVENT =
      """
      {"type": "RAFTING", "title": "Volga by night", "description": "Three hours on the river",
       "dateStart": "2026-07-01T09:00:00Z", "dateEnd": "2026-07-01T21:30:00+03:00",
       "location": {"address": "Naberezhnaya 1", "city": "Samara", "venue": "Pier 3",
                    "coordinates": {"lat": 53.2, "lng": 50.15}},
       "price": 1500, "capacity": 20, "tags": ["river", "night"]}
      """;

  private final TestApi api = new TestApi();

  @AfterEach
  void stop() {
    api.close();
  }

  private TestApi.Reply createEvent(String body) {
    return api.post(EVENTS).as(Role.ORGANIZER).json(body).send();
  }

  private CreateEventUseCase.Command createCommand() {
    return api.useCases.lastCall().arg(0, CreateEventUseCase.Command.class);
  }

  @Nested
  class EventJson {
    @Test
    void anEventHasExactlyTheContractFieldsInOrder() {
      TestApi.Reply reply = api.get(EVENT).send();

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("Content-Type")).startsWith("application/json");
      assertThat(reply.fieldNames())
          .containsExactly(
              "id",
              "organizerId",
              "type",
              "title",
              "description",
              "dateStart",
              "dateEnd",
              "location",
              "price",
              "currency",
              "capacity",
              "maxSeatsPerBooking",
              "available",
              "status",
              "tags",
              "createdAt",
              "updatedAt",
              "organizer");
    }

    @Test
    void valuesUseTheContractFormats() {
      TestApi.Reply reply = api.get(EVENT).send();
      JsonNode json = reply.json();

      assertThat(json.get("id").asText()).isEqualTo(StubAnswers.EVENT_ID.toString());
      assertThat(json.get("organizerId").asText()).isEqualTo(StubAnswers.ORGANIZER_ID.toString());
      assertThat(json.get("dateStart").asText()).isEqualTo("2026-07-01T09:00:00.000Z");
      assertThat(json.get("dateEnd").asText()).isEqualTo("2026-07-01T18:30:00.000Z");
      assertThat(json.get("createdAt").asText()).isEqualTo("2026-01-15T10:23:45.123Z");
      assertThat(reply.body()).contains("\"price\":1500.00");
      assertThat(json.get("description").asText()).isEqualTo("Три часа на реке — ночью");
      assertThat(json.get("currency").asText()).isEqualTo("RUB");
      assertThat(json.get("capacity").asInt()).isEqualTo(20);
      assertThat(json.get("available").asInt()).isEqualTo(7);
      assertThat(json.get("status").asText()).isEqualTo("PUBLISHED");
      assertThat(json.get("tags")).hasSize(2);
      assertThat(json.get("location").toString())
          .isEqualTo(
              "{\"address\":\"Naberezhnaya 1\",\"city\":\"Samara\",\"venue\":\"Pier 3\","
                  + "\"coordinates\":{\"lat\":53.2,\"lng\":50.15}}");
      assertThat(json.get("organizer").toString())
          .isEqualTo(
              "{\"id\":\""
                  + StubAnswers.ORGANIZER_ID
                  + "\",\"slug\":\"volga-rafting\","
                  + "\"name\":\"Volga Rafting\",\"logoUrl\":\"https://cdn.example.org/logo.png\"}");
    }
  }

  @Nested
  class Create {
    @Test
    void anOrganizerCreatesADraft() {
      TestApi.Reply reply = createEvent(NEW_EVENT);

      assertThat(reply.status()).isEqualTo(201);
      assertThat(reply.header("Location")).isEqualTo(EVENT);
      assertThat(reply.json().get("id").asText()).isEqualTo(StubAnswers.EVENT_ID.toString());
    }

    @Test
    void theBodyBecomesEventDetailsAndCapacity() {
      createEvent(NEW_EVENT);

      CreateEventUseCase.Command command = createCommand();
      assertThat(command.actor())
          .isEqualTo(
              Actor.of(
                  new org.aquastream.event.domain.shared.UserId(StubAnswers.USER_ID),
                  Role.ORGANIZER));
      assertThat(command.organizerId()).isEmpty();
      assertThat(command.capacity()).isEqualTo(new Capacity(20));
      var details = command.details();
      assertThat(details.type()).isEqualTo("RAFTING");
      assertThat(details.title()).isEqualTo("Volga by night");
      assertThat(details.schedule().start()).isEqualTo(Instant.parse("2026-07-01T09:00:00Z"));
      assertThat(details.schedule().end()).isEqualTo(Instant.parse("2026-07-01T18:30:00Z"));
      assertThat(details.location())
          .isEqualTo(
              new Location("Naberezhnaya 1", "Samara", "Pier 3", new Coordinates(53.2, 50.15)));
      assertThat(details.price()).isEqualTo(Price.of(new Money(new BigDecimal("1500"), "RUB")));
      assertThat(details.tags()).containsExactly("river", "night");
    }

    @Test
    void nonAsciiTextArrivesIntact() {
      createEvent(NEW_EVENT.replace("Volga by night", "Волга ночью"));

      assertThat(createCommand().details().title()).isEqualTo("Волга ночью");
    }

    @Test
    void theCurrencyOfTheBodyOverridesTheDefault() {
      createEvent(
          NEW_EVENT.replace("\"price\": 1500", "\"price\": \"12.50\", \"currency\": \"EUR\""));

      assertThat(createCommand().details().price())
          .isEqualTo(Price.of(new Money(new BigDecimal("12.50"), "EUR")));
    }

    @Test
    void aNullPriceMeansFree() {
      createEvent(NEW_EVENT.replace("\"price\": 1500", "\"price\": null"));

      assertThat(createCommand().details().price()).isEqualTo(Price.FREE);
    }

    @Test
    void noPriceMeansFree() {
      createEvent(NEW_EVENT.replace("\"price\": 1500,", ""));

      assertThat(createCommand().details().price()).isEqualTo(Price.FREE);
    }

    @Test
    void anAdminNamesTheOrganizerToActFor() {
      api.post(EVENTS)
          .as(Role.ADMIN)
          .json(
              NEW_EVENT.replaceFirst(
                  "\\{", "{\"organizerId\": \"" + StubAnswers.ORGANIZER_ID + "\", "))
          .send();

      assertThat(createCommand().organizerId()).contains(new OrganizerId(StubAnswers.ORGANIZER_ID));
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
      TestApi.Reply reply = createEvent("{\"description\": \"only this\"}");

      reply.assertProblem(400, "validation-error");
      assertThat(reply.errorFields())
          .containsExactly("type", "title", "dateStart", "dateEnd", "location", "capacity");
      assertThat(api.useCases.calls()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "\"capacity\": \"ten\"                              | capacity",
          "\"capacity\": 10.5                                 | capacity",
          "\"capacity\": 99999999999                          | capacity",
          "\"title\": 42                                      | title",
          "\"tags\": \"river\"                                | tags",
          "\"tags\": [\"river\", 7]                           | tags[1]",
          "\"price\": \"cheap\"                               | price",
          "\"dateStart\": \"2026-07-01T09:00:00\"             | dateStart",
          "\"dateStart\": 1782896400                          | dateStart",
          "\"location\": \"Samara\"                           | location",
          "\"location\": {\"city\": \"S\", \"coordinates\": {\"lat\": \"north\", \"lng\": 1}} | location.coordinates.lat",
          "\"organizerId\": \"not-a-uuid\"                    | organizerId",
        })
    void aValueOfTheWrongTypeIsAValidationErrorNamingTheField(String field, String path) {
      TestApi.Reply reply = createEvent("{" + field + "}");

      reply.assertProblem(400, "validation-error");
      assertThat(reply.errorFields()).containsExactly(path);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "\"capacity\": 20                 | \"capacity\": 0                        | capacity",
          "\"price\": 1500                  | \"price\": -1                          | price",
          "\"price\": 1500                  | \"price\": 12.345                      | price",
          "\"title\": \"Volga by night\"    | \"title\": \"  \"                      | title",
          "\"lat\": 53.2                    | \"lat\": 91                            | location.coordinates.lat",
          "\"lat\": 53.2,                   | ''                                     | location.coordinates.lat",
          "\"dateEnd\": \"2026-07-01T21:30:00+03:00\" | \"dateEnd\": \"2026-06-01T00:00:00Z\" | dateEnd",
          "\"dateStart\": \"2026-07-01T09:00:00Z\" | \"dateStart\": \"+294277-01-01T00:00:00Z\" | dateStart",
          "\"dateEnd\": \"2026-07-01T21:30:00+03:00\" | \"dateEnd\": \"3000-01-01T00:00:00Z\" | dateEnd",
        })
    void aValueTheDomainRefusesIsAValidationErrorNamingTheField(
        String original, String replacement, String path) {
      TestApi.Reply reply = createEvent(NEW_EVENT.replace(original, replacement));

      reply.assertProblem(400, "validation-error");
      assertThat(reply.errorFields()).containsExactly(path);
    }
  }

  @Nested
  class Update {
    private EventPatch patchOf(String body) {
      TestApi.Reply reply = api.put(EVENT).as(Role.ORGANIZER).json(body).send();
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      UpdateEventUseCase.Command command =
          api.useCases.lastCall().arg(0, UpdateEventUseCase.Command.class);
      assertThat(command.eventId()).isEqualTo(new EventId(StubAnswers.EVENT_ID));
      return command.patch();
    }

    @Test
    void absentFieldsAreKept() {
      EventPatch patch = patchOf("{\"title\": \"New title\"}");

      assertThat(patch)
          .isEqualTo(
              new EventPatch(
                  Optional.empty(),
                  Optional.of("New title"),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()));
    }

    @Test
    void anEmptyObjectChangesNothing() {
      assertThat(patchOf("{}")).isEqualTo(EventPatch.empty());
    }

    @Test
    void anExplicitNullPriceMakesTheEventFree() {
      assertThat(patchOf("{\"price\": null}").price()).contains(Price.FREE);
    }

    @Test
    void anAbsentPriceKeepsThePrice() {
      assertThat(patchOf("{\"capacity\": 30}").price()).isEmpty();
    }

    @Test
    void aNewPriceIsInTheDefaultCurrency() {
      assertThat(patchOf("{\"price\": 2000}").price())
          .contains(Price.of(new Money(new BigDecimal("2000"), "RUB")));
    }

    @Test
    void everyPresentFieldIsChanged() {
      EventPatch patch =
          patchOf(
              """
              {"type": "SUP", "title": "T", "description": "D",
               "dateStart": "2026-08-01T09:00:00Z", "dateEnd": "2026-08-01T10:00:00Z",
               "location": {"city": "Kazan"}, "price": 10, "capacity": 30, "tags": ["a"]}
              """);

      assertThat(patch.type()).contains("SUP");
      assertThat(patch.title()).contains("T");
      assertThat(patch.description()).contains("D");
      assertThat(patch.dateStart()).contains(Instant.parse("2026-08-01T09:00:00Z"));
      assertThat(patch.dateEnd()).contains(Instant.parse("2026-08-01T10:00:00Z"));
      assertThat(patch.location()).contains(new Location(null, "Kazan", null, null));
      assertThat(patch.price()).contains(Price.of(new Money(new BigDecimal("10"), "RUB")));
      assertThat(patch.capacity()).contains(new Capacity(30));
      assertThat(patch.tags()).contains(List.of("a"));
    }

    @Test
    void nullDescriptionAndTagsClearThem() {
      EventPatch patch = patchOf("{\"description\": null, \"tags\": null}");

      assertThat(patch.description()).contains("");
      assertThat(patch.tags()).contains(List.of());
    }

    @Test
    void aRequiredFieldCannotBeNulled() {
      TestApi.Reply reply = api.put(EVENT).as(Role.ORGANIZER).json("{\"title\": null}").send();

      reply.assertProblem(400, "validation-error");
      assertThat(reply.errorFields()).containsExactly("title");
    }

    @Test
    void aWrongTypeIsAValidationErrorNamingTheField() {
      TestApi.Reply reply =
          api.put(EVENT).as(Role.ORGANIZER).json("{\"capacity\": \"ten\"}").send();

      reply.assertProblem(400, "validation-error");
      assertThat(reply.errorFields()).containsExactly("capacity");
    }

    @Test
    void anUpdateNeedsABody() {
      api.put(EVENT).as(Role.ORGANIZER).send().assertProblem(400, "malformed-request");
    }
  }

  @Nested
  class Lifecycle {
    @ParameterizedTest
    @CsvSource({"publish, publishEvent", "cancel, cancelEvent"})
    void anOrganizerMovesTheEventAndGetsItBack(String action, String useCase) {
      TestApi.Reply reply = api.post(EVENT + "/" + action).as(Role.ORGANIZER).send();

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().get("id").asText()).isEqualTo(StubAnswers.EVENT_ID.toString());
      assertThat(api.useCases.lastCall().useCase()).isEqualTo(useCase);
      assertThat(api.useCases.lastCall().arg(1, EventId.class))
          .isEqualTo(new EventId(StubAnswers.EVENT_ID));
    }

    @ParameterizedTest
    @CsvSource({
      "GET,  /api/v1/events/not-a-uuid",
      "PUT,  /api/v1/events/123",
      "POST, /api/v1/events/1-1-1-1-1/publish",
      "POST, /api/v1/events/xyz/cancel",
    })
    void aBadIdInThePathIsAValidationErrorNamingIt(String method, String path) {
      TestApi.Reply reply = api.request(method, path).as(Role.ORGANIZER).json("{}").send();

      reply.assertProblem(400, "validation-error");
      assertThat(reply.errorFields()).containsExactly("id");
      assertThat(api.useCases.calls()).isEmpty();
    }
  }

  @Nested
  class OrganizerList {
    private static final String OWN = "/api/v1/organizer/events";

    @Test
    void theOrganizerSeesAPageOfItsEvents() {
      TestApi.Reply reply = api.get(OWN + "?status=DRAFT&page=1&size=10").as(Role.ORGANIZER).send();

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.fieldNames())
          .containsExactly(
              "items", "total", "page", "size", "totalPages", "hasNext", "hasPrevious");
      var call = api.useCases.lastCall();
      assertThat(call.optional(1)).isEmpty();
      assertThat(call.optional(2)).contains(EventStatus.DRAFT);
      assertThat(call.arg(3, PageRequest.class)).isEqualTo(new PageRequest(1, 10));
    }

    @Test
    void anAdminPassesTheOrganizerToLookAt() {
      api.get(OWN + "?organizerId=" + StubAnswers.ORGANIZER_ID).as(Role.ADMIN).send();

      assertThat(api.useCases.lastCall().optional(1))
          .contains(new OrganizerId(StubAnswers.ORGANIZER_ID));
    }

    @ParameterizedTest
    @CsvSource({"status=draft, status", "status=UNKNOWN, status", "organizerId=42, organizerId"})
    void aBadFilterIsAValidationErrorNamingIt(String query, String field) {
      TestApi.Reply reply = api.get(OWN + "?" + query).as(Role.ORGANIZER).send();

      reply.assertProblem(400, "validation-error");
      assertThat(reply.errorFields()).containsExactly(field);
    }
  }

  @Nested
  class Catalog {
    private EventSearch searched() {
      return api.useCases.lastCall().arg(0, EventSearch.class);
    }

    @Test
    void withoutFiltersTheFirstPageOfPublishedEventsIsAsked() {
      api.get(EVENTS).send();

      assertThat(searched()).isEqualTo(EventSearch.published());
      assertThat(api.useCases.lastCall().arg(1, PageRequest.class))
          .isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void everyFilterIsPassedOn() {
      api.get(
              EVENTS
                  + "?type=RAFTING&minPrice=100&maxPrice=2500.50&dateFrom=2026-07-01T00:00:00%2B03:00"
                  + "&dateTo=2026-07-31&search=volga&tag=night&status=COMPLETED&page=2&size=5")
          .send();

      EventSearch search = searched();
      assertThat(search.status()).isEqualTo(EventStatus.COMPLETED);
      assertThat(search.type()).contains("RAFTING");
      assertThat(search.minPrice()).contains(new BigDecimal("100"));
      assertThat(search.maxPrice()).contains(new BigDecimal("2500.50"));
      assertThat(search.dateFrom()).contains(Instant.parse("2026-06-30T21:00:00Z"));
      assertThat(search.dateTo()).contains(Instant.parse("2026-07-31T23:59:59.999999999Z"));
      assertThat(search.text()).contains("volga");
      assertThat(search.tag()).contains("night");
      assertThat(api.useCases.lastCall().arg(1, PageRequest.class))
          .isEqualTo(new PageRequest(2, 5));
    }

    @Test
    void aDateFromWithoutTimeStartsAtMidnightUtc() {
      api.get(EVENTS + "?dateFrom=2026-07-01").send();

      assertThat(searched().dateFrom()).contains(Instant.parse("2026-07-01T00:00:00Z"));
    }

    @Test
    void thePageEnvelopeDescribesThePage() {
      TestApi.Reply reply = api.get(EVENTS + "?page=1&size=20").send();
      JsonNode json = reply.json();

      assertThat(json.get("items")).hasSize(1);
      assertThat(json.get("items").get(0).get("id").asText())
          .isEqualTo(StubAnswers.EVENT_ID.toString());
      assertThat(json.get("total").asLong()).isEqualTo(41);
      assertThat(json.get("page").asInt()).isEqualTo(1);
      assertThat(json.get("size").asInt()).isEqualTo(20);
      assertThat(json.get("totalPages").asInt()).isEqualTo(3);
      assertThat(json.get("hasNext").asBoolean()).isTrue();
      assertThat(json.get("hasPrevious").asBoolean()).isTrue();
    }

    @Test
    void aNumberedPageOffersACursorToContinueAfterItsLastEvent() {
      String cursor = api.get(EVENTS + "?size=20").send().json().get("nextCursor").asText();

      TestApi.Reply next = api.get(EVENTS + "?size=5&type=KAYAK&cursor=" + cursor).send();

      assertThat(next.status()).isEqualTo(200);
      assertThat(next.fieldNames()).containsExactly("items", "size", "hasNext", "nextCursor");
      assertThat(next.json().get("size").asInt()).isEqualTo(5);
      assertThat(next.json().get("hasNext").asBoolean()).isTrue();
      Call call = api.useCases.lastCall();
      assertThat(call.useCase()).isEqualTo("searchEventsAfter");
      assertThat(call.args().get(1))
          .isEqualTo(Optional.of(EventKeyset.of(StubAnswers.eventView())));
      assertThat(call.args().get(2)).isEqualTo(5);
      assertThat(((EventSearch) call.args().get(0)).type()).contains("KAYAK");
    }

    @Test
    void aCursorIsOpaqueUrlSafeText() {
      String cursor = api.get(EVENTS).send().json().get("nextCursor").asText();

      assertThat(cursor).matches("[A-Za-z0-9_-]+").doesNotContain(StubAnswers.EVENT_ID.toString());
    }

    @Test
    void theLastNumberedPageHasNoCursor() {
      TestApi.Reply last = api.get(EVENTS + "?page=2&size=20").send();

      assertThat(last.json().get("hasNext").asBoolean()).isFalse();
      assertThat(last.json().get("nextCursor").isNull()).isTrue();
    }

    @Test
    void theLargestPageNumberHasNothingAfterIt() {
      TestApi.Reply reply = api.get(EVENTS + "?page=" + Integer.MAX_VALUE).send();

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().get("hasNext").asBoolean()).isFalse();
    }

    @Test
    void aNulCharacterAnywhereInABodyIsAValidationErrorNamingTheField() {
      TestApi.Reply reply =
          api.post(EVENTS)
              .as(Role.ORGANIZER)
              .json("{\"title\":\"ok\",\"tags\":[\"fine\",\"bad\\u0000tag\"]}")
              .send();

      reply.assertProblem(400, "validation-error");
      assertThat(reply.errorFields()).containsExactly("tags[1]");
      assertThat(api.useCases.calls()).isEmpty();
    }

    @Test
    void aPageOfOneHundredIsAllowed() {
      assertThat(api.get(EVENTS + "?size=100").send().status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "size=101,                 size",
      "size=0,                   size",
      "page=-1,                  page",
      "page=abc,                 page",
      "size=1.5,                 size",
      "minPrice=cheap,           minPrice",
      "maxPrice=-5,              maxPrice",
      "minPrice=10&maxPrice=5,   minPrice",
      "dateFrom=yesterday,       dateFrom",
      "dateTo=2026-13-01,        dateTo",
      "dateFrom=2026-08-01&dateTo=2026-07-01, dateFrom",
      "dateFrom=%2B294277-01-01, dateFrom",
      "dateTo=%2B999999999-12-31, dateTo",
      "dateTo=-999999999-01-01T00:00:00Z, dateTo",
      "dateFrom=1999-12-31T23:59:59Z, dateFrom",
      "status=SOMETHING,         status",
      "status=DRAFT,             status",
      "cursor=not-a-cursor,      cursor",
      "cursor=%25%25,            cursor",
      "cursor=djF8eHx5,          cursor",
      "page=1&cursor=abc,        cursor",
      "size=101&cursor=abc,      size",
      "search=a%00b,             search",
      "tag=%00,                  tag",
      "type=x%00,                type",
      "minPrice=1e-999999999,    minPrice",
      "maxPrice=1e999999999,     maxPrice",
      "maxPrice=0.00000000001,   maxPrice",
    })
    void aBadParameterIsAValidationErrorNamingIt(String query, String field) {
      TestApi.Reply reply = api.get(EVENTS + "?" + query).send();

      reply.assertProblem(400, "validation-error");
      assertThat(reply.errorFields()).containsExactly(field);
      assertThat(api.useCases.calls()).isEmpty();
    }

    @Test
    void aGuestReadsOneEvent() {
      assertThat(api.get(EVENT).send().status()).isEqualTo(200);

      assertThat(api.useCases.lastCall().arg(1, EventId.class))
          .isEqualTo(new EventId(StubAnswers.EVENT_ID));
    }
  }
}
