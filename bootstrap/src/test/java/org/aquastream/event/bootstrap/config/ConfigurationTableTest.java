package org.aquastream.event.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/operations.md documents every configuration key with its environment variable. */
class ConfigurationTableTest {
  private static final Path RUNBOOK = Path.of("..", "docs", "operations.md");
  private static final List<String> FILES =
      List.of(
          "application.yml",
          "application-dev.yml",
          "application-stage.yml",
          "application-prod.yml");

  @Test
  void everyKeyOfTheYamlFilesHasARowWithItsEnvironmentVariable() throws IOException {
    String runbook = Files.readString(RUNBOOK);
    Set<String> keys = new TreeSet<>();
    for (String file : FILES) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
        collect(new YAMLMapper().readTree(in), "", keys);
      }
    }

    assertThat(keys).contains("server.port", "app.rate-limit.store", "logging.level.<logger>");
    for (String key : keys) {
      String row =
          runbook
              .lines()
              .filter(line -> line.startsWith("| `" + key + "` |"))
              .findFirst()
              .orElse(null);
      assertThat(row).as("docs/operations.md has a row for %s", key).isNotNull();
      if (!key.startsWith("logging.level.")) {
        assertThat(row).as(key).contains("`" + ConfigLoader.environmentName(key) + "`");
      }
    }
  }

  private static void collect(JsonNode node, String prefix, Set<String> keys) {
    if (prefix.equals("logging.level")) {
      keys.add("logging.level.<logger>");
      return;
    }
    if (!node.isObject()) {
      keys.add(prefix);
      return;
    }
    node.fieldNames()
        .forEachRemaining(
            name -> collect(node.get(name), prefix.isEmpty() ? name : prefix + "." + name, keys));
  }
}
