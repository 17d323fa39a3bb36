package org.aquastream.event.adapter.http.payment;

import static org.aquastream.event.adapter.http.Routes.API_V1;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.adapter.http.booking.BookingResponse;
import org.aquastream.event.adapter.http.common.GatewayIdentity;
import org.aquastream.event.adapter.http.common.JsonBody;
import org.aquastream.event.adapter.http.common.Params;
import org.aquastream.event.adapter.http.common.Problem;
import org.aquastream.event.adapter.http.common.ProblemException;
import org.aquastream.event.adapter.http.common.RequestValidationException;
import org.aquastream.event.adapter.http.common.Required;
import org.aquastream.event.adapter.http.common.UnauthorizedException;
import org.aquastream.event.application.port.in.booking.RecordPaymentStatusUseCase;
import org.aquastream.event.application.port.in.booking.RecordPaymentStatusUseCase.Outcome;
import org.aquastream.event.application.port.in.booking.RecordPaymentStatusUseCase.TooLate;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.shared.UserId;

/**
 * The Payment Service's callbacks: {@code PUT /bookings/payment/{paymentId}/status} with {@code
 * {paymentStatus}} and {@code PUT /bookings/payment/{paymentId}/confirm}. A caller is the Payment
 * Service when {@code X-Signature} signs the raw body, or an ADMIN through the gateway; anyone else
 * gets 401. A confirmation for a booking that already ended is 409 (its refund is requested).
 */
public final class PaymentCallbackRoutes implements RouteGroup {
  /** The statuses a payment can report; the others are this service's own bookkeeping. */
  static final Set<PaymentStatus> REPORTABLE =
      Set.of(
          PaymentStatus.PENDING,
          PaymentStatus.SUBMITTED,
          PaymentStatus.SUCCEEDED,
          PaymentStatus.REJECTED,
          PaymentStatus.CANCELED,
          PaymentStatus.REFUNDED);

  private final RecordPaymentStatusUseCase recordPaymentStatus;
  private final WebhookSignature signature;

  public PaymentCallbackRoutes(
      RecordPaymentStatusUseCase recordPaymentStatus, WebhookSignature signature) {
    this.recordPaymentStatus = recordPaymentStatus;
    this.signature = signature;
  }

  @Override
  public void declare(Routes routes) {
    routes
        .callback(API_V1 + "/bookings/payment/{paymentId}/status", this::status)
        .callback(API_V1 + "/bookings/payment/{paymentId}/confirm", this::confirm);
  }

  private void status(Context ctx) {
    Optional<UserId> reporter = authenticate(ctx);
    PaymentStatusRequest body = JsonBody.read(ctx, PaymentStatusRequest.class);
    new Required().field("paymentStatus", body.paymentStatus()).check();
    if (!REPORTABLE.contains(body.paymentStatus())) {
      throw RequestValidationException.of(
          "paymentStatus",
          "paymentStatus must be one of PENDING, SUBMITTED, SUCCEEDED, REJECTED, CANCELED,"
              + " REFUNDED");
    }
    respond(ctx, reporter, body.paymentStatus());
  }

  private void confirm(Context ctx) {
    respond(ctx, authenticate(ctx), PaymentStatus.SUCCEEDED);
  }

  private void respond(Context ctx, Optional<UserId> reporter, PaymentStatus status) {
    UUID paymentId = Params.pathUuid(ctx, "paymentId");
    Outcome outcome =
        recordPaymentStatus.record(
            new RecordPaymentStatusUseCase.Command(reporter, paymentId, status));
    if (outcome instanceof TooLate late) {
      throw new ProblemException(
          Problem.of(
                  409,
                  "invalid-state",
                  "Invalid state",
                  "The booking is "
                      + late.booking().booking().status()
                      + "; the payment is not taken and its refund is requested")
              .withExtension("bookingId", late.booking().booking().id().value()));
    }
    ctx.json(BookingResponse.from(outcome.booking()));
  }

  /**
   * The Payment Service (a valid signature: no user to name in the audit) or an ADMIN (named);
   * anyone else is refused with 401, never 403, so a prober learns nothing about roles.
   */
  private Optional<UserId> authenticate(Context ctx) {
    if (signature.matches(ctx.bodyAsBytes(), ctx.header(WebhookSignature.HEADER))) {
      return Optional.empty();
    }
    Actor actor = GatewayIdentity.identify(ctx);
    if (actor.role() == Role.ADMIN) {
      return actor.user();
    }
    throw new UnauthorizedException(
        "A payment callback needs a valid " + WebhookSignature.HEADER + " or an ADMIN");
  }
}
