package org.aquastream.event.adapter.postgres;

import static org.aquastream.event.domain.testdata.TestEvents.aPublishedEvent;
import static org.aquastream.event.domain.testdata.TestOrganizers.anOrganizer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aquastream.event.adapter.postgres.ReplicaState.Status;
import org.aquastream.event.adapter.postgres.testing.StandbyServer;
import org.aquastream.event.adapter.postgres.testing.TestReplica;
import org.aquastream.event.adapter.postgres.testing.TestReplica.ReplicatedDatabase;
import org.aquastream.event.application.fake.MutableClock;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.organizer.OrganizerCard;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.shared.PageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalog's queries routed between a primary and its real streaming replica. A paused replay
 * makes the replica's answers tell themselves apart: what was written after the pause is only on
 * the primary.
 */
class ReplicaRoutingTest {
  private static final Duration MAX_LAG = Duration.ofSeconds(5);
  private static final PageRequest FIRST = new PageRequest(0, 20);

  private static final TestReplica PAIR = TestReplica.shared();
  private static ReplicatedDatabase db;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private PostgresPersistence primary;
  private ReplicaMonitor monitor;
  private CatalogQueries routed;
  private Organizer organizer;
  private Event before;

  @BeforeAll
  static void openDatabase() {
    db = PAIR.fresh();
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @BeforeEach
  void oneEventOnBothServers() {
    db.primary().truncateAll();
    primary = new PostgresPersistence(db.primary().dataSource());
    monitor =
        new ReplicaMonitor(db.primary().dataSource(), db.replica().dataSource(), MAX_LAG, clock);
    routed =
        primary
            .catalogQueries()
            .preferring(
                new PostgresPersistence(db.replica().dataSource()).catalogQueries(), monitor);
    organizer = anOrganizer().build();
    primary.organizers().insert(organizer);
    before = published();
    PAIR.awaitReplay();
  }

  @Test
  void catalogReadsComeFromTheReplicaWhileItKeepsUp() {
    monitor.check();
    assertThat(monitor.state().status()).isEqualTo(Status.IN_USE);
    assertThat(monitor.state().lag()).contains(Duration.ZERO);

    whileReplayIsPaused(
        () -> {
          Event after = published();
          Organizer newcomer = anOrganizer().build();
          primary.organizers().insert(newcomer);

          assertThat(catalog(routed)).containsExactly(before.id());
          assertThat(routed.events().findView(after.id())).isEmpty();
          assertThat(directory(routed)).containsExactly(organizer.id());
          assertThat(catalog(primary.catalogQueries()))
              .containsExactlyInAnyOrder(before.id(), after.id());
          assertThat(directory(primary.catalogQueries()))
              .containsExactlyInAnyOrder(organizer.id(), newcomer.id());
        });
  }

  @Test
  void aReplicaFurtherBehindThanTheBoundIsSkippedUntilItCatchesUp() {
    monitor.check();
    whileReplayIsPaused(
        () -> {
          Event after = published();
          monitor.check();
          assertThat(monitor.usable()).as("behind, but not for long yet").isTrue();
          assertThat(catalog(routed)).containsExactly(before.id());

          clock.advance(MAX_LAG.plusSeconds(1));
          monitor.check();

          assertThat(monitor.state().status()).isEqualTo(Status.LAGGING);
          assertThat(monitor.state().lag()).contains(MAX_LAG.plusSeconds(1));
          assertThat(catalog(routed)).containsExactlyInAnyOrder(before.id(), after.id());
        });

    PAIR.awaitReplay();
    monitor.check();
    assertThat(monitor.state().status()).isEqualTo(Status.IN_USE);
    assertThat(monitor.state().lag()).contains(Duration.ZERO);
  }

  @Test
  void aVerdictThatNoCheckRenewsStopsVouchingForTheReplicaOnceTheBoundHasPassed() {
    monitor.check();

    clock.advance(MAX_LAG);
    assertThat(monitor.usable()).as("as old as the bound allows").isTrue();
    clock.advance(Duration.ofMillis(1));

    assertThat(monitor.usable()).isFalse();
    assertThat(monitor.state().status()).isEqualTo(Status.LAGGING);
    assertThat(monitor.state().lag()).contains(MAX_LAG.plusMillis(1));
    assertThat(monitor.state().problem()).startsWith("no check has vouched for it since");
    monitor.check();
    assertThat(monitor.usable()).isTrue();
  }

  @Test
  void aReadOnAStoppedReplicaIsAnsweredByThePrimaryAndSkipsTheReplicaAtOnce() {
    monitor.check();
    StandbyServer standby = PAIR.standby();
    standby.stop();
    try {
      assertThat(monitor.usable()).as("no check has run since the stop").isTrue();

      assertThat(catalog(routed)).containsExactly(before.id());

      assertThat(monitor.state().status()).isEqualTo(Status.DOWN);
      assertThat(monitor.state().problem()).startsWith("a read failed");
      monitor.check();
      assertThat(monitor.state().status()).isEqualTo(Status.DOWN);
      assertThat(monitor.state().problem()).startsWith("unreachable");
      assertThat(routed.events().findView(before.id())).isPresent();
    } finally {
      standby.start();
    }
    PAIR.awaitReplay();
    monitor.check();
    assertThat(monitor.state().status()).isEqualTo(Status.IN_USE);
  }

  @Test
  void untilTheFirstCheckReadsGoToThePrimary() {
    whileReplayIsPaused(
        () -> {
          Event after = published();

          assertThat(monitor.state().status()).isEqualTo(Status.UNCHECKED);
          assertThat(catalog(routed)).containsExactlyInAnyOrder(before.id(), after.id());
        });
  }

  @Test
  void aServerThatIsNotInRecoveryIsNeverTakenForTheReplica() {
    ReplicaMonitor wrong =
        new ReplicaMonitor(db.primary().dataSource(), db.primary().dataSource(), MAX_LAG, clock);

    wrong.check();

    assertThat(wrong.state().status()).isEqualTo(Status.NOT_A_STANDBY);
    assertThat(wrong.usable()).isFalse();
  }

  private Event published() {
    Event event = aPublishedEvent().organizedBy(organizer).build();
    primary.events().insert(event);
    return event;
  }

  private static void whileReplayIsPaused(Runnable test) {
    StandbyServer standby = PAIR.standby();
    standby.pauseReplay();
    try {
      test.run();
    } finally {
      standby.resumeReplay();
    }
  }

  private static List<EventId> catalog(CatalogQueries queries) {
    return queries.events().search(EventSearch.published(), FIRST).items().stream()
        .map(EventView::event)
        .map(Event::id)
        .toList();
  }

  private static List<OrganizerId> directory(CatalogQueries queries) {
    return queries.organizers().search(Optional.empty(), FIRST).items().stream()
        .map(OrganizerCard::organizer)
        .map(Organizer::id)
        .toList();
  }
}
