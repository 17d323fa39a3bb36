package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.aquastream.event.bootstrap.EventService;
import org.aquastream.event.bootstrap.config.AppConfig;
import org.aquastream.event.bootstrap.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run: no database configured, so the service starts its own PostgreSQL, and what was
 * booked is still there after a restart. (The one test with a PostgreSQL of its own.)
 */
class EmbeddedRestartTest {

  @Test
  void dataWrittenBeforeARestartIsThereAfterIt(@TempDir Path dataDir) {
    AppConfig config =
        new ConfigLoader(Map.of("SERVER_PORT", "0", "EMBEDDED_POSTGRES_DIR", dataDir.toString()))
            .load();
    String slug = "restart-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> organizer =
        Map.of("slug", slug, "name", "Restart Club", "ownerUserId", UUID.randomUUID().toString());

    try (EventService first = EventService.start(config)) {
      Api.Reply created =
          new Api(first.port()).as(Caller.admin()).post("/api/v1/organizers", organizer);
      assertThat(created.status()).isEqualTo(201);
    }

    try (EventService second = EventService.start(config)) {
      Api.Reply again =
          new Api(second.port()).as(Caller.admin()).post("/api/v1/organizers", organizer);
      assertThat(again.status()).as("the slug is still taken").isEqualTo(409);
      assertThat(again.text("code")).isEqualTo("organizer-exists");
    }
  }
}
