package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aquastream.event.adapter.http.jobs.OutboxRoutes;
import org.aquastream.event.adapter.http.payment.PaymentCallbackRoutes;
import org.aquastream.event.adapter.http.payment.WebhookSignature;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.booking.RecordPaymentStatusUseCase;
import org.aquastream.event.application.port.in.operations.RelayOutboxUseCase;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The payment callbacks: who may call them, what they take, and how each outcome answers. */
class PaymentCallbackRoutesTest {
  private static final String SECRET = "s3cret-shared-with-payments";
  private static final String STATUS =
      "/api/v1/bookings/payment/" + StubAnswers.PAYMENT_ID + "/status";
  private static final String CONFIRM =
      "/api/v1/bookings/payment/" + StubAnswers.PAYMENT_ID + "/confirm";

  private final List<RecordPaymentStatusUseCase.Command> commands = new ArrayList<>();
  private volatile boolean tooLate;
  private final RecordPaymentStatusUseCase useCase =
      command -> {
        if (!command.paymentId().equals(StubAnswers.PAYMENT_ID)) {
          throw new NotFoundException("booking", "payment " + command.paymentId());
        }
        commands.add(command);
        return tooLate
            ? new RecordPaymentStatusUseCase.TooLate(StubAnswers.bookingView())
            : new RecordPaymentStatusUseCase.Recorded(StubAnswers.bookingView(), true);
      };
  private final RelayOutboxUseCase relay = () -> new RelayOutboxUseCase.Report(3, 1, 0, 0, 2);
  private final WebhookSignature signature = new WebhookSignature(SECRET);
  private final TestApi api =
      new TestApi(new PaymentCallbackRoutes(useCase, signature), new OutboxRoutes(relay));

  @AfterEach
  void stop() {
    api.close();
  }

  private String sign(String body) {
    return "sha256=" + signature.sign(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSignedStatusReportIsRecordedForThePaymentServiceAndAnswersTheBooking() {
    String body = "{\"paymentStatus\":\"SUCCEEDED\"}";

    TestApi.Reply reply =
        api.request("PUT", STATUS).json(body).header("X-Signature", sign(body)).send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("id").asText()).isEqualTo(StubAnswers.BOOKING_ID.toString());
    assertThat(commands)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.status()).isEqualTo(PaymentStatus.SUCCEEDED);
              assertThat(c.reporter()).isEmpty();
            });
  }

  @Test
  void aSignedConfirmationWithAnEmptyBodyReportsSuccess() {
    TestApi.Reply reply = api.request("PUT", CONFIRM).header("X-Signature", sign("")).send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(commands.getFirst().status()).isEqualTo(PaymentStatus.SUCCEEDED);
  }

  @Test
  void aBadSignatureIsRefusedWith401AndRecordsNothing() {
    String body = "{\"paymentStatus\":\"SUCCEEDED\"}";

    TestApi.Reply forged =
        api.request("PUT", STATUS)
            .json(body)
            .header("X-Signature", sign("{\"paymentStatus\":\"REJECTED\"}"))
            .send();
    TestApi.Reply unsigned = api.request("PUT", STATUS).json(body).send();
    TestApi.Reply wrongScheme =
        api.request("PUT", STATUS)
            .json(body)
            .header("X-Signature", sign(body).replace("sha256=", "md5="))
            .send();

    forged.assertProblem(401, "unauthorized");
    unsigned.assertProblem(401, "unauthorized");
    wrongScheme.assertProblem(401, "unauthorized");
    assertThat(commands).isEmpty();
  }

  @Test
  void onlyAnAdminMayCallWithoutASignatureOthersGet401() {
    String body = "{\"paymentStatus\":\"SUCCEEDED\"}";

    TestApi.Reply admin = api.request("PUT", STATUS).json(body).as(Role.ADMIN).send();
    TestApi.Reply organizer = api.request("PUT", STATUS).json(body).as(Role.ORGANIZER).send();

    assertThat(admin.status()).isEqualTo(200);
    assertThat(commands.getFirst().reporter())
        .contains(new org.aquastream.event.domain.shared.UserId(StubAnswers.USER_ID));
    organizer.assertProblem(401, "unauthorized");
  }

  @Test
  void aConfirmationForAnEndedBookingIs409() {
    tooLate = true;

    TestApi.Reply reply = api.request("PUT", CONFIRM).as(Role.ADMIN).send();

    reply.assertProblem(409, "invalid-state");
    assertThat(reply.json().get("bookingId").asText()).isEqualTo(StubAnswers.BOOKING_ID.toString());
  }

  @Test
  void aStatusThePaymentServiceCannotReportIsAValidationError() {
    String body = "{\"paymentStatus\":\"REFUND_PENDING\"}";

    TestApi.Reply reply =
        api.request("PUT", STATUS).json(body).header("X-Signature", sign(body)).send();

    reply.assertProblem(400, "validation-error");
    assertThat(reply.errorFields()).containsExactly("paymentStatus");
  }

  @Test
  void anUnknownPaymentIs404() {
    TestApi.Reply reply =
        api.request("PUT", "/api/v1/bookings/payment/" + StubAnswers.EVENT_ID + "/confirm")
            .as(Role.ADMIN)
            .send();

    reply.assertProblem(404, "booking-not-found");
  }

  @Test
  void anAdminRunsTheRelayAndSeesWhatItDid() {
    TestApi.Reply reply = api.post("/internal/jobs/relay-outbox").as(Role.ADMIN).send();
    TestApi.Reply user = api.post("/internal/jobs/relay-outbox").as(Role.USER).send();

    assertThat(reply.body())
        .isEqualTo("{\"sent\":3,\"retried\":1,\"failed\":0,\"skipped\":0,\"postponed\":2}");
    user.assertProblem(403, "forbidden");
  }
}
