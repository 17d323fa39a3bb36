package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * What the fuzzing properties attack: the running service with an organizer, its published and
 * draft events, a participant's booking, a team member and a FAQ item; the snapshot of every table
 * taken before any attack, and the check every refused request must pass.
 */
final class HostileTarget implements AutoCloseable {
  final RunningService running;
  final Workspace.Organizer owner;
  final Caller participant;
  final String event;
  final String draft;
  final String booking;
  private final TableSnapshot before;
  private final Level accessLogLevel;

  private HostileTarget(RunningService running) {
    this.running = running;
    Workspace workspace = new Workspace(running);
    owner = workspace.organizer("Hostile Club");
    participant = Caller.user();
    event = workspace.publishedEvent(owner);
    draft = workspace.draftEvent(owner);
    booking = workspace.booking(participant, event);
    workspace.teamMember(owner, "Anna", 0);
    workspace.faqItem(owner, "Wetsuit?", 0);
    before = TableSnapshot.of(running.database.dataSource());
    // Thousands of access-log lines would only bury the report of a failing try.
    Logger accessLog = accessLog();
    accessLogLevel = accessLog.getLevel();
    accessLog.setLevel(Level.WARN);
  }

  static HostileTarget start() {
    // Limits would answer 429 before the input is even read; they have tests of their own.
    return new HostileTarget(RunningService.start(Map.of("APP_RATE_LIMIT_ENABLED", "false")));
  }

  Api.Reply send(Hostile request) {
    return request.send(running.service.port());
  }

  /** The answer must be a 4xx problem: JSON, its status the HTTP one, no stack trace. */
  Api.Reply assertRefused(Hostile request) {
    Api.Reply reply = send(request);
    String what = request + " -> " + reply.status() + " " + reply.body();
    assertThat(reply.status()).as(what).isBetween(400, 499);
    assertThat(reply.contentType()).as(what).startsWith("application/problem+json");
    assertThat(reply.body().path("status").asInt()).as(what).isEqualTo(reply.status());
    assertThat(reply.text("code")).as(what).isNotBlank();
    assertThat(reply.body().toString()).as(what).doesNotContain("Exception", "\tat ", "jdbc:");
    return reply;
  }

  /** Every table of schema {@code event} is exactly as it was before the first attack. */
  void assertNothingWritten() {
    assertThat(TableSnapshot.of(running.database.dataSource())).isEqualTo(before);
  }

  @Override
  public void close() {
    accessLog().setLevel(accessLogLevel);
    running.close();
  }

  private static Logger accessLog() {
    return (Logger) LoggerFactory.getLogger("http.access");
  }
}
