package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.aquastream.event.bootstrap.EventService;
import org.junit.jupiter.api.Test;

/**
 * 100 holders cancel while 100 waiting users book, at once, through two instances: the invariant
 * holds throughout and no seat is handed out twice.
 */
class CancelAndBookRaceTest {
  private static final int SEATS = 100;

  @Test
  void aHundredCancelsAndAHundredBookingsAtOnceNeverHandOutASeatTwice() throws Exception {
    try (RunningService running = RunningService.start();
        EventService other = running.anotherInstance(Map.of())) {
      Api second = new Api(other.port());
      Scenario scenario = new Scenario(running);
      String event = scenario.publishedEvent(scenario.organizer(), SEATS);
      Map<Caller, String> holders = new ConcurrentHashMap<>();
      for (int i = 0; i < SEATS; i++) {
        Caller holder = Caller.user();
        holders.put(holder, scenario.book(holder, event));
      }
      List<Caller> waiting = new ArrayList<>();
      for (int i = 0; i < SEATS; i++) {
        Caller user = Caller.user();
        assertThat(
                running.api.as(user).post("/api/v1/events/" + event + "/waitlist", null).status())
            .isEqualTo(201);
        waiting.add(user);
      }

      List<Callable<Api.Reply>> race = new ArrayList<>();
      int i = 0;
      for (var holder : holders.entrySet()) {
        Api api = i++ % 2 == 0 ? running.api : second;
        race.add(
            () ->
                api.as(holder.getKey())
                    .put("/api/v1/bookings/" + holder.getValue() + "/cancel", null));
      }
      for (Caller user : waiting) {
        Api api = i++ % 2 == 0 ? running.api : second;
        race.add(() -> api.as(user).post("/api/v1/bookings", Map.of("eventId", event)));
      }
      List<Api.Reply> replies = AtOnce.run(race);

      assertThat(replies).allSatisfy(r -> assertThat(r.status()).isIn(200, 201, 409));
      Seats.assertInvariant(running, event);
      // Whoever was too early for their seat tries again; every held seat is then taken.
      for (Caller user : waiting) {
        running.api.as(user).post("/api/v1/bookings", Map.of("eventId", event));
      }

      Seats.assertInvariant(running, event);
      UUID id = UUID.fromString(event);
      assertThat(running.count("SELECT available FROM event.events WHERE id = ?", id)).isZero();
      assertThat(
              running.count(
                  "SELECT count(*) FROM event.bookings WHERE event_id = ? AND status IN ('PENDING','CONFIRMED')",
                  id))
          .isEqualTo(SEATS);
      assertThat(
              running.count(
                  "SELECT count(DISTINCT user_id) FROM event.bookings WHERE event_id = ? AND status IN ('PENDING','CONFIRMED')",
                  id))
          .isEqualTo(SEATS);
      assertThat(
              running.count(
                  "SELECT count(*) FROM event.waitlist WHERE event_id = ? AND status = 'CONFIRMED'",
                  id))
          .as("every waiting user got exactly the seat held for them")
          .isEqualTo(SEATS);
      assertThat(
              running.count(
                  "SELECT count(*) FROM event.waitlist_audit WHERE event_id = ? AND action = 'NOTIFIED'",
                  id))
          .as("each freed seat was held once")
          .isEqualTo(SEATS);
    }
  }
}
