package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aquastream.event.bootstrap.Main;
import org.junit.jupiter.api.Test;

/** What an operator sees when the configuration cannot run the service. */
class StartupTest {

  @Test
  void invalidConfigurationStopsStartupWithOneLineNamingTheKey() throws Exception {
    Process process = launchMain("APP_EVENT_BOOKING_TTL_MINUTES", "-5");

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(errors.strip())
        .isEqualTo(
            "Invalid configuration: app.event.booking.ttl-minutes must be positive, was -5"
                + " (at app.event.booking)");
  }

  @Test
  void anUnknownProfileStopsStartup() throws Exception {
    Process process = launchMain("APP_PROFILE", "staging");

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(errors.strip()).startsWith("Invalid configuration: Unknown profile 'staging'");
  }

  private static Process launchMain(String variable, String value) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    builder.environment().put(variable, value);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }
}
