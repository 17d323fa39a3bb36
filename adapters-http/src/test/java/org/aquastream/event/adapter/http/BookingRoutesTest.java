package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.aquastream.event.application.port.in.booking.BookingOutcome;
import org.aquastream.event.application.port.in.booking.CreateBookingUseCase;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BookingRoutesTest {
  private static final String BOOKINGS = "/api/v1/bookings";
  private static final String BOOKING = BOOKINGS + "/" + StubAnswers.BOOKING_ID;
  private static final String BOOK_EVENT = "{\"eventId\": \"" + StubAnswers.EVENT_ID + "\"}";
  private static final EventId EVENT_ID = new EventId(StubAnswers.EVENT_ID);

  private final TestApi api = new TestApi();

  @AfterEach
  void stop() {
    api.close();
  }

  private TestApi.Reply book() {
    return api.post(BOOKINGS).as(Role.USER).json(BOOK_EVENT).send();
  }

  private CreateBookingUseCase.Command bookCommand() {
    return api.useCases.lastCall().arg(0, CreateBookingUseCase.Command.class);
  }

  @Test
  void aUserBooksASeat() {
    TestApi.Reply reply = book();

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.header("Location")).isEqualTo(BOOKING);
    assertThat(reply.header("Idempotent-Replayed")).isNull();
    assertThat(bookCommand().eventId()).isEqualTo(EVENT_ID);
    assertThat(bookCommand().seats()).isEqualTo(1);
    assertThat(bookCommand().idempotencyKey()).isEmpty();
  }

  @Test
  void aUserBooksTheSeatsOfAParty() {
    String body = "{\"eventId\": \"" + StubAnswers.EVENT_ID + "\", \"seats\": 4}";

    TestApi.Reply reply = api.post(BOOKINGS).as(Role.USER).json(body).send();

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("seats").asInt()).isEqualTo(1);
    assertThat(bookCommand().seats()).isEqualTo(4);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"0", "-2", "\"two\"", "2.5", "true", "99999999999"})
  void badSeatsAreAValidationErrorNamingThemAndBookNothing(String seats) {
    String body = "{\"eventId\": \"" + StubAnswers.EVENT_ID + "\", \"seats\": " + seats + "}";

    TestApi.Reply reply = api.post(BOOKINGS).as(Role.USER).json(body).send();

    reply.assertProblem(400, "validation-error");
    assertThat(reply.errorFields()).containsExactly("seats");
    assertThat(api.useCases.calls()).isEmpty();
  }

  @Test
  void aUserLowersTheSeatsOfTheirBooking() {
    TestApi.Reply reply = api.put(BOOKING + "/seats").as(Role.USER).json("{\"seats\": 2}").send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("id").asText()).isEqualTo(StubAnswers.BOOKING_ID.toString());
    assertThat(api.useCases.lastCall().useCase()).isEqualTo("lowerBookingSeats");
    assertThat(api.useCases.lastCall().arg(1, BookingId.class))
        .isEqualTo(new BookingId(StubAnswers.BOOKING_ID));
    assertThat(api.useCases.lastCall().arg(2, Integer.class)).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"{}", "{\"seats\": null}", "{\"seats\": \"3\"}", "{\"seats\": 1.5}"})
  void loweringWithoutAWholeNumberOfSeatsIsAValidationErrorNamingThem(String body) {
    TestApi.Reply reply = api.put(BOOKING + "/seats").as(Role.USER).json(body).send();

    reply.assertProblem(400, "validation-error");
    assertThat(reply.errorFields()).containsExactly("seats");
    assertThat(api.useCases.calls()).isEmpty();
  }

  @Test
  void aGuestMayNotLowerSeats() {
    api.put(BOOKING + "/seats").json("{\"seats\": 1}").send().assertProblem(401, "unauthorized");
  }

  @Test
  void aBookingHasExactlyTheContractFieldsInOrder() {
    TestApi.Reply reply = book();

    assertThat(reply.fieldNames())
        .containsExactly(
            "id",
            "eventId",
            "userId",
            "seats",
            "status",
            "amount",
            "currency",
            "paymentStatus",
            "paymentId",
            "paymentUrl",
            "expiresAt",
            "cancelReason",
            "createdAt",
            "updatedAt",
            "event",
            "remainingMinutes",
            "canConfirm",
            "canCancel");
    JsonNode json = reply.json();
    assertThat(json.get("event").toString())
        .isEqualTo(
            "{\"id\":\""
                + StubAnswers.EVENT_ID
                + "\",\"title\":\"Volga by night\",\"type\":\"RAFTING\","
                + "\"dateStart\":\"2026-07-01T09:00:00.000Z\",\"dateEnd\":\"2026-07-01T18:30:00.000Z\","
                + "\"location\":{\"address\":\"Naberezhnaya 1\",\"city\":\"Samara\",\"venue\":\"Pier 3\","
                + "\"coordinates\":{\"lat\":53.2,\"lng\":50.15}}}");
  }

  @Test
  void bookingValuesUseTheContractFormats() {
    TestApi.Reply reply = book();
    JsonNode json = reply.json();

    assertThat(json.get("id").asText()).isEqualTo(StubAnswers.BOOKING_ID.toString());
    assertThat(json.get("userId").asText()).isEqualTo(StubAnswers.USER_ID.toString());
    assertThat(json.get("status").asText()).isEqualTo("PENDING");
    assertThat(reply.body()).contains("\"amount\":1500.00");
    assertThat(json.get("currency").asText()).isEqualTo("RUB");
    assertThat(json.get("paymentStatus").asText()).isEqualTo("PENDING");
    assertThat(json.get("paymentId").asText()).isEqualTo(StubAnswers.PAYMENT_ID.toString());
    assertThat(json.get("paymentUrl").asText()).isEqualTo("https://pay.example.org/p/123");
    assertThat(json.get("expiresAt").asText()).isEqualTo("2026-01-15T10:53:45.123Z");
    assertThat(json.get("cancelReason").isNull()).isTrue();
    assertThat(json.get("remainingMinutes").asLong()).isEqualTo(30);
    assertThat(json.get("canConfirm").asBoolean()).isFalse();
    assertThat(json.get("canCancel").asBoolean()).isTrue();
  }

  @Test
  void theIdempotencyKeyIsPassedThrough() {
    api.post(BOOKINGS).as(Role.USER).header("Idempotency-Key", "retry-7").json(BOOK_EVENT).send();

    assertThat(bookCommand().idempotencyKey()).contains("retry-7");
  }

  @Test
  void aReplayedBookingIsAnswered201WithTheSameBody() {
    String first = book().body();
    api.useCases.answerBooking(new BookingOutcome.Booked(StubAnswers.bookingView(), true));

    TestApi.Reply replay =
        api.post(BOOKINGS).as(Role.USER).header("Idempotency-Key", "k").json(BOOK_EVENT).send();

    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.body()).isEqualTo(first);
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
  }

  static Stream<Arguments> refusedBookings() {
    BookingId existing = new BookingId(StubAnswers.BOOKING_ID);
    Consumer<JsonNode> nothingMore = problem -> {};
    return Stream.of(
        Arguments.of(
            new BookingOutcome.EventNotFound(EVENT_ID), 404, "event-not-found", nothingMore),
        Arguments.of(
            new BookingOutcome.EventNotOpen(EVENT_ID, "The event has already started"),
            409,
            "invalid-state",
            (Consumer<JsonNode>)
                problem ->
                    assertThat(problem.get("detail").asText())
                        .isEqualTo("The event has already started")),
        Arguments.of(
            new BookingOutcome.ProfileIncomplete(), 422, "profile-incomplete", nothingMore),
        Arguments.of(
            new BookingOutcome.AlreadyBooked(existing),
            409,
            "booking-exists",
            (Consumer<JsonNode>)
                problem ->
                    assertThat(problem.get("existingBookingId").asText())
                        .isEqualTo(StubAnswers.BOOKING_ID.toString())),
        Arguments.of(
            new BookingOutcome.SoldOut(EVENT_ID, 2),
            409,
            "event-full",
            (Consumer<JsonNode>)
                problem -> {
                  assertThat(problem.get("available").asInt()).isEqualTo(2);
                  assertThat(problem.get("waitlistAvailable").asBoolean()).isTrue();
                }),
        Arguments.of(
            new BookingOutcome.KeyReused("k-1"), 422, "idempotency-key-reused", nothingMore));
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @MethodSource("refusedBookings")
  void everyRefusedBookingBecomesItsProblem(
      BookingOutcome outcome, int status, String code, Consumer<JsonNode> extras) {
    api.useCases.answerBooking(outcome);

    JsonNode problem = book().assertProblem(status, code);

    extras.accept(problem);
  }

  @Test
  void anIdempotencyKeyOver100CharactersIsAValidationError() {
    TestApi.Reply reply =
        api.post(BOOKINGS)
            .as(Role.USER)
            .header("Idempotency-Key", "k".repeat(101))
            .json(BOOK_EVENT)
            .send();

    reply.assertProblem(400, "validation-error");
    assertThat(reply.errorFields()).containsExactly("Idempotency-Key");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"{}", "{\"eventId\": null}", "{\"eventId\": \"nope\"}", "{\"eventId\": 42}"})
  void aMissingOrBadEventIdIsAValidationErrorNamingIt(String body) {
    TestApi.Reply reply = api.post(BOOKINGS).as(Role.USER).json(body).send();

    reply.assertProblem(400, "validation-error");
    assertThat(reply.errorFields()).containsExactly("eventId");
    assertThat(api.useCases.calls()).isEmpty();
  }

  @Test
  void aGuestMustSignInToBook() {
    api.post(BOOKINGS).json(BOOK_EVENT).send().assertProblem(401, "unauthorized");
  }

  @Test
  void aUserListsTheirBookingsByStatus() {
    TestApi.Reply reply = api.get(BOOKINGS + "?status=CONFIRMED&size=5").as(Role.USER).send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("items").get(0).get("id").asText())
        .isEqualTo(StubAnswers.BOOKING_ID.toString());
    assertThat(reply.json().get("total").asLong()).isEqualTo(3);
    var call = api.useCases.lastCall();
    assertThat(call.optional(1)).contains(BookingStatus.CONFIRMED);
    assertThat(call.arg(2, PageRequest.class)).isEqualTo(new PageRequest(0, 5));
  }

  @Test
  void anUnknownStatusFilterIsAValidationError() {
    TestApi.Reply reply = api.get(BOOKINGS + "?status=PAID").as(Role.USER).send();

    reply.assertProblem(400, "validation-error");
    assertThat(reply.errorFields()).containsExactly("status");
  }

  @Test
  void aSizeOver100IsRefusedNotClamped() {
    api.get(BOOKINGS + "?size=101").as(Role.USER).send().assertProblem(400, "validation-error");
  }

  @ParameterizedTest
  @CsvSource({
    "GET, '', getBooking",
    "PUT, /confirm, confirmBooking",
    "PUT, /cancel, cancelBooking"
  })
  void aUserWorksWithOneBooking(String method, String suffix, String useCase) {
    TestApi.Reply reply = api.request(method, BOOKING + suffix).as(Role.USER).send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("id").asText()).isEqualTo(StubAnswers.BOOKING_ID.toString());
    assertThat(api.useCases.lastCall().useCase()).isEqualTo(useCase);
    assertThat(api.useCases.lastCall().arg(1, BookingId.class))
        .isEqualTo(new BookingId(StubAnswers.BOOKING_ID));
  }

  @Test
  void aCancellationWithoutBodyHasNoReason() {
    api.put(BOOKING + "/cancel").as(Role.USER).send();

    assertThat(api.useCases.lastCall().optional(2)).isEmpty();
  }

  @Test
  void aCancellationCarriesItsReason() {
    api.put(BOOKING + "/cancel").as(Role.USER).json("{\"reason\": \"Plans changed\"}").send();

    assertThat(api.useCases.lastCall().optional(2)).contains("Plans changed");
  }

  @Test
  void aCancellationWithAnEmptyObjectHasNoReason() {
    api.put(BOOKING + "/cancel").as(Role.USER).json("{}").send();

    assertThat(api.useCases.lastCall().optional(2)).isEmpty();
  }

  @Test
  void aBadBookingIdIsAValidationErrorNamingIt() {
    TestApi.Reply reply = api.put(BOOKINGS + "/42/confirm").as(Role.USER).send();

    reply.assertProblem(400, "validation-error");
    assertThat(reply.errorFields()).containsExactly("id");
  }
}
