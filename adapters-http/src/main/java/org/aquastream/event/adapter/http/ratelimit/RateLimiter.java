package org.aquastream.event.adapter.http.ratelimit;

import static org.aquastream.event.adapter.http.Routes.API_V1;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.Map;
import java.util.Optional;
import org.aquastream.event.adapter.http.RequestGuard;
import org.aquastream.event.adapter.http.common.GatewayIdentity;
import org.aquastream.event.adapter.http.common.Problem;
import org.aquastream.event.adapter.http.common.ProblemException;
import org.aquastream.event.domain.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations document's limits: {@code booking-create} per user on {@code POST /bookings},
 * {@code event-list} per client (the user, else the client's IP) on {@code GET /events}. Every
 * limited answer carries {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}; a refused one
 * is a 429 {@code rate-limited} problem with {@code Retry-After}.
 */
public final class RateLimiter implements RequestGuard {
  public static final String LIMIT_HEADER = "X-RateLimit-Limit";
  public static final String REMAINING_HEADER = "X-RateLimit-Remaining";
  public static final String FORWARDED_FOR_HEADER = "X-Forwarded-For";
  private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);

  private final BucketStore store;
  private final ClientAddress clients;
  private final Map<String, Rule> rules;

  public RateLimiter(
      BucketStore store, ClientAddress clients, RateLimit bookingCreate, RateLimit eventList) {
    this.store = store;
    this.clients = clients;
    this.rules =
        Map.of(
            "POST " + API_V1 + "/bookings", new Rule(bookingCreate),
            "GET " + API_V1 + "/events", new Rule(eventList));
  }

  @Override
  public void check(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    if (endpoint == null) {
      return;
    }
    // A HEAD runs the handler of its GET, so it spends the GET's tokens.
    String method = endpoint.method.equals(HandlerType.HEAD) ? "GET" : endpoint.method.name();
    Rule rule = rules.get(method + " " + endpoint.path);
    if (rule == null) {
      return;
    }
    String key = rule.limit().name() + ":" + client(ctx);
    Optional<ConsumptionProbe> taken = take(key, rule);
    if (taken.isEmpty()) {
      return;
    }
    ConsumptionProbe probe = taken.get();
    ctx.header(LIMIT_HEADER, Long.toString(rule.limit().limit()));
    ctx.header(REMAINING_HEADER, Long.toString(probe.getRemainingTokens()));
    if (!probe.isConsumed()) {
      throw new ProblemException(refusal(rule.limit(), probe));
    }
  }

  private String client(Context ctx) {
    Optional<UserId> user = GatewayIdentity.actor(ctx).user();
    if (user.isPresent()) {
      return "user:" + user.get();
    }
    return "ip:" + clients.resolve(ctx.req().getRemoteAddr(), ctx.header(FORWARDED_FOR_HEADER));
  }

  /** Empty when the store fails: limits protect the service, they must not take it down. */
  private Optional<ConsumptionProbe> take(String key, Rule rule) {
    try {
      return Optional.of(store.bucket(key, rule.configuration()).tryConsumeAndReturnRemaining(1));
    } catch (RuntimeException e) {
      LOG.warn("Rate limit store unavailable, request let through: {}", e.toString());
      return Optional.empty();
    }
  }

  private static Problem refusal(RateLimit limit, ConsumptionProbe probe) {
    long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
    return Problem.of(
            429,
            "rate-limited",
            "Too many requests",
            "At most "
                + limit.limit()
                + " requests per "
                + limit.window().toSeconds()
                + " seconds ("
                + limit.name()
                + "); retry in "
                + seconds
                + " seconds")
        .withHeader("Retry-After", Long.toString(seconds))
        .withHeader(LIMIT_HEADER, Long.toString(limit.limit()))
        .withHeader(REMAINING_HEADER, "0");
  }

  /** A limit with its bucket configuration built once. */
  private record Rule(RateLimit limit, BucketConfiguration configuration) {
    Rule(RateLimit limit) {
      this(limit, limit.configuration());
    }
  }
}
