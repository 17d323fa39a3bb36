package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.aquastream.event.adapter.http.payment.WebhookSignature;
import org.aquastream.event.application.service.booking.PaymentStart;
import org.aquastream.event.bootstrap.EventService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Paid bookings through the real HTTP port with the Payment Service a real HTTP server: the payment
 * is opened after the booking commits, callbacks are signed and idempotent, late money is refunded,
 * and an outage leaves the booking PENDING with its payment retried from the outbox.
 */
class PaymentJourneyTest {
  private static final String SECRET = "whsec-e2e";

  private static PeerStub peers;
  private static PeerStub others;
  private static RunningService running;
  private static Scenario scenario;
  private static Caller organizer;

  @BeforeAll
  static void start() {
    peers = new PeerStub();
    others = new PeerStub();
    running = RunningService.start(environment(Map.of()));
    scenario = new Scenario(running);
    organizer = scenario.organizer();
  }

  /**
   * The peers on the stubs, with timeouts generous enough that a busy build machine loading the
   * HTTP client for the first time never trips them; the timeout has tests of its own.
   */
  private static Map<String, String> environment(Map<String, String> extra) {
    Map<String, String> env = new java.util.HashMap<>(extra);
    env.put("PAYMENT_SERVICE_URL", peers.url());
    env.put("NOTIFICATION_SERVICE_URL", others.url());
    env.put("USER_SERVICE_URL", others.url());
    env.put("PAYMENT_WEBHOOK_SECRET", SECRET);
    env.put("APP_RATE_LIMIT_ENABLED", "false");
    env.putIfAbsent("SERVICES_PAYMENT_TIMEOUT_MS", "15000");
    env.putIfAbsent("SERVICES_NOTIFICATION_TIMEOUT_MS", "15000");
    env.putIfAbsent("SERVICES_USER_TIMEOUT_MS", "15000");
    return env;
  }

  @AfterAll
  static void stop() {
    running.close();
    peers.close();
    others.close();
  }

  private static Api.Reply book(Caller user, String event) {
    return running.api.as(user).post("/api/v1/bookings", Map.of("eventId", event));
  }

  private static Api.Reply signed(String path, String body, String signatureOf) {
    String signature =
        "sha256=" + new WebhookSignature(SECRET).sign(signatureOf.getBytes(StandardCharsets.UTF_8));
    return running.api.as(Caller.guest()).header("X-Signature", signature).send("PUT", path, body);
  }

  private static long auditRows(String booking) {
    return running.count(
        "SELECT count(*) FROM event.booking_logs WHERE booking_id = CAST(? AS uuid)"
            + " AND action <> 'CREATED'",
        booking);
  }

  @Test
  void aPaidBookingAnswersWithThePaymentPageOfTheOpenedPayment() {
    String event = scenario.publishedEvent(organizer, 10, 1500);
    Caller user = Caller.user();

    Api.Reply booked = book(user, event);

    assertThat(booked.status()).isEqualTo(201);
    String booking = booked.text("id");
    assertThat(booked.text("paymentStatus")).isEqualTo("PENDING");
    assertThat(booked.text("paymentUrl")).isEqualTo("https://pay.test/" + booked.text("paymentId"));
    PeerStub.Accepted init = peers.accepted("/api/v1/payments/" + booking + "/init").getFirst();
    assertThat(init.idempotencyKey()).isEqualTo("payment.init:" + booking);
    assertThat(init.body())
        .isEqualTo(
            "{\"userId\":\""
                + user.id()
                + "\",\"amount\":1500.00,\"currency\":\"RUB\","
                + "\"description\":\"Night dive at the reef\",\"bookingId\":\""
                + booking
                + "\"}");
  }

  @Test
  void aPaymentServiceTooSlowForItsTimeoutIsLoggedAsTheRunbookGrepsForIt() {
    String event = scenario.publishedEvent(organizer, 10, 500);
    Logger logger = (Logger) LoggerFactory.getLogger(PaymentStart.class);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    logger.addAppender(lines);
    try (PeerStub slow = new PeerStub();
        EventService impatient =
            running.anotherInstance(
                Map.of(
                    "PAYMENT_SERVICE_URL", slow.url(),
                    "SERVICES_PAYMENT_TIMEOUT_MS", "300",
                    "APP_RATE_LIMIT_ENABLED", "false"))) {
      slow.answerAfter(Duration.ofSeconds(2));

      Api.Reply booked =
          new Api(impatient.port())
              .as(Caller.user())
              .post("/api/v1/bookings", Map.of("eventId", event));

      assertThat(booked.status()).isEqualTo(201);
      assertThat(booked.text("status")).isEqualTo("PENDING");
      assertThat(booked.body().get("paymentUrl").isNull()).isTrue();
      assertThat(lines.list)
          .anySatisfy(
              line -> {
                assertThat(line.getLevel()).isEqualTo(Level.ERROR);
                assertThat(line.getFormattedMessage())
                    .startsWith("Payment service unavailable: timeout after 300ms")
                    .contains("bookingId=" + booked.text("id"));
              });
    } finally {
      logger.detachAppender(lines);
    }
  }

  @Test
  void aFreeBookingOpensNoPayment() {
    String event = scenario.publishedEvent(organizer, 10);

    Api.Reply booked = book(Caller.user(), event);

    assertThat(booked.body().get("paymentUrl").isNull()).isTrue();
    assertThat(peers.accepted("/api/v1/payments/" + booked.text("id"))).isEmpty();
  }

  @Test
  void aSignedSuccessConfirmsOnceAndItsReplayChangesNothing() {
    String event = scenario.publishedEvent(organizer, 10, 900);
    Api.Reply booked = book(Caller.user(), event);
    String path = "/api/v1/bookings/payment/" + booked.text("paymentId") + "/status";
    String body = "{\"paymentStatus\":\"SUCCEEDED\"}";

    Api.Reply first = signed(path, body, body);
    Api.Reply replay = signed(path, body, body);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.text("status")).isEqualTo("CONFIRMED");
    assertThat(first.text("paymentStatus")).isEqualTo("SUCCEEDED");
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(auditRows(booked.text("id"))).as("one state change, one audit row").isEqualTo(1);
  }

  @Test
  void aBadSignatureIs401AndChangesNothing() {
    String event = scenario.publishedEvent(organizer, 10, 900);
    Api.Reply booked = book(Caller.user(), event);
    String path = "/api/v1/bookings/payment/" + booked.text("paymentId") + "/status";

    Api.Reply forged =
        signed(path, "{\"paymentStatus\":\"SUCCEEDED\"}", "{\"paymentStatus\":\"REJECTED\"}");
    Api.Reply asUser =
        running.api.as(Caller.user()).put(path, Map.of("paymentStatus", "SUCCEEDED"));

    assertThat(forged.status()).isEqualTo(401);
    assertThat(forged.text("code")).isEqualTo("unauthorized");
    assertThat(asUser.status()).isEqualTo(401);
    assertThat(auditRows(booked.text("id"))).isZero();
  }

  @Test
  void moneyAfterExpiryIs409AuditedAndRefundedAndTheBookingStaysExpired() {
    String event = scenario.publishedEvent(organizer, 10, 700);
    Api.Reply booked = book(Caller.user(), event);
    String booking = booked.text("id");
    String payment = booked.text("paymentId");
    running.clock.advance(Duration.ofMinutes(40));
    Api.Reply expired = running.api.as(Caller.admin()).post("/internal/jobs/expire-bookings", "");
    assertThat(expired.status()).isEqualTo(200);

    Api.Reply late = signed("/api/v1/bookings/payment/" + payment + "/confirm", "", "");
    Api.Reply again = signed("/api/v1/bookings/payment/" + payment + "/confirm", "", "");
    running.api.as(Caller.admin()).post("/internal/jobs/relay-outbox", "");

    assertThat(late.status()).isEqualTo(409);
    assertThat(late.text("code")).isEqualTo("invalid-state");
    assertThat(again.status()).isEqualTo(409);
    JsonNode now = running.api.as(Caller.admin()).get("/api/v1/bookings/" + booking).body();
    assertThat(now.path("status").asText()).isEqualTo("EXPIRED");
    assertThat(now.path("paymentStatus").asText()).isEqualTo("REFUND_PENDING");
    assertThat(
            running.count(
                "SELECT count(*) FROM event.booking_logs WHERE booking_id = CAST(? AS uuid)"
                    + " AND action = 'PAYMENT_UPDATE'",
                booking))
        .isEqualTo(1);
    assertThat(peers.accepted("/api/v1/payments/" + payment + "/refund"))
        .singleElement()
        .satisfies(
            refund -> {
              assertThat(refund.idempotencyKey()).isEqualTo("refund:" + payment);
              assertThat(refund.body()).contains("\"amount\":700.00");
            });
  }

  @Test
  void aPaidPartyThatGetsSmallerIsRefundedThePriceOfTheSeatsLetGoOncePerLowering() {
    String event = scenario.publishedPartyEvent(organizer, 10, 4, 1000);
    Caller user = Caller.user();
    Api.Reply booked = scenario.bookParty(user, event, 4);
    assertThat(booked.status()).as(booked.body().toString()).isEqualTo(201);
    assertThat(booked.body().path("amount").decimalValue()).isEqualByComparingTo("4000.00");
    String booking = booked.text("id");
    String payment = booked.text("paymentId");
    String paid = "{\"paymentStatus\":\"SUCCEEDED\"}";
    Api.Reply confirmed = signed("/api/v1/bookings/payment/" + payment + "/status", paid, paid);
    assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");
    String seats = "/api/v1/bookings/" + booking + "/seats";

    Api.Reply three = running.api.as(user).put(seats, Map.of("seats", 3));
    Api.Reply one = running.api.as(user).put(seats, Map.of("seats", 1));
    Api.Reply same = running.api.as(user).put(seats, Map.of("seats", 1));
    running.api.as(Caller.admin()).post("/internal/jobs/relay-outbox", "");

    assertThat(three.body().path("amount").decimalValue()).isEqualByComparingTo("3000.00");
    assertThat(one.body().path("seats").asInt()).isEqualTo(1);
    assertThat(one.body().path("amount").decimalValue()).isEqualByComparingTo("1000.00");
    assertThat(one.text("paymentStatus")).isEqualTo("SUCCEEDED");
    assertThat(same.status()).isEqualTo(200);
    assertThat(peers.accepted("/api/v1/payments/" + payment + "/refund"))
        .extracting(PeerStub.Accepted::idempotencyKey, refund -> amountOf(refund.body()))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("refund:" + payment + ":seats-3", "1000.00"),
            org.assertj.core.groups.Tuple.tuple("refund:" + payment + ":seats-1", "2000.00"));
    assertThat(
            running.count(
                "SELECT count(*) FROM event.booking_logs WHERE booking_id = CAST(? AS uuid)"
                    + " AND action = 'SEATS_CHANGE'",
                booking))
        .isEqualTo(2);
    Seats.assertInvariant(running, event);
  }

  private static String amountOf(String json) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"amount\":([0-9.]+)").matcher(json);
    return m.find() ? m.group(1) : "";
  }

  @Test
  void withThePaymentServiceDownTheBookingStaysPendingAndItsPaymentIsOpenedLater() {
    String event = scenario.publishedEvent(organizer, 10, 1200);
    peers.goDown();
    Api.Reply booked;
    try {
      booked = book(Caller.user(), event);
    } finally {
      peers.comeBack();
    }
    String booking = booked.text("id");

    assertThat(booked.status()).isEqualTo(201);
    assertThat(booked.text("status")).isEqualTo("PENDING");
    assertThat(booked.body().get("paymentUrl").isNull()).isTrue();
    assertThat(
            running.count(
                "SELECT attempts FROM event.outbox WHERE idempotency_key = ?",
                "payment.init:" + booking))
        .isEqualTo(1);

    running.clock.advance(Duration.ofMinutes(1));
    running.api.as(Caller.admin()).post("/internal/jobs/relay-outbox", "");

    JsonNode later = running.api.as(Caller.admin()).get("/api/v1/bookings/" + booking).body();
    assertThat(later.path("paymentUrl").asText()).startsWith("https://pay.test/");
    assertThat(
            running.count(
                "SELECT count(*) FROM event.outbox WHERE idempotency_key = ? AND status = 'SENT'",
                "payment.init:" + booking))
        .isEqualTo(1);
  }

  @Test
  void aUserWithoutAPhoneOrTelegramCannotBook() {
    String event = scenario.publishedEvent(organizer, 10);
    Caller unreachable = Caller.user();
    others.withoutContacts(unreachable.id());

    Api.Reply refused = book(unreachable, event);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text("code")).isEqualTo("profile-incomplete");
  }

  @Test
  void withTheUserServiceDownBookingIs503UnlessTheCheckFailsOpen() {
    String event = scenario.publishedEvent(organizer, 10);
    Map<String, String> failOpen = environment(Map.of("SERVICES_USER_FAIL_OPEN", "true"));
    others.goDown();
    try (var lenient = running.anotherInstance(failOpen)) {
      Api.Reply refused = book(Caller.user(), event);
      Api.Reply allowed =
          new Api(lenient.port())
              .as(Caller.user())
              .post("/api/v1/bookings", Map.of("eventId", event));

      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.text("code")).isEqualTo("dependency-unavailable");
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      assertThat(allowed.status()).isEqualTo(201);
    } finally {
      others.comeBack();
    }
  }

  @Test
  void thePeersAreHealthComponentsThatNeverTakeDownTheProbes() {
    Api.Reply health = running.api.as(Caller.admin()).get("/actuator/health");

    JsonNode payment = health.body().path("components").path("paymentService");
    assertThat(payment.path("status").asText()).isEqualTo("UP");
    assertThat(payment.path("details").path("url").asText()).isEqualTo(peers.url());
    assertThat(payment.path("details").path("responseTime").asText()).matches("\\d+ms");
    assertThat(payment.path("details").path("circuitBreaker").asText()).isEqualTo("CLOSED");
    assertThat(health.body().path("components").has("notificationService")).isTrue();
    assertThat(health.body().path("components").has("userService")).isTrue();
    Api.Reply breakerState =
        running
            .api
            .as(Caller.guest())
            .get("/actuator/metrics/resilience4j.circuitbreaker.state?tag=name:paymentService");
    assertThat(breakerState.status()).isEqualTo(200);

    peers.goDown();
    try {
      Api.Reply down = running.api.as(Caller.admin()).get("/actuator/health");
      Api.Reply liveness = running.api.as(Caller.guest()).get("/actuator/health/liveness");
      Api.Reply readiness = running.api.as(Caller.guest()).get("/actuator/health/readiness");

      assertThat(down.status()).isEqualTo(503);
      assertThat(down.body().path("components").path("paymentService").path("status").asText())
          .isEqualTo("DOWN");
      assertThat(liveness.status()).isEqualTo(200);
      assertThat(readiness.status()).isEqualTo(200);
    } finally {
      peers.comeBack();
    }
  }
}
