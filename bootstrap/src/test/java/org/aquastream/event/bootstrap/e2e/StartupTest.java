package org.aquastream.event.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.aquastream.event.bootstrap.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an operator sees when the configuration cannot run the service, and that an AOT cache the
 * JVM cannot use never stops it.
 */
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

  /**
   * A cache of another JVM build, or made with other flags, or no cache at all: the JVM says so and
   * runs the service anyway (here as far as refusing its configuration, which proves Main ran).
   */
  @ParameterizedTest
  @MethodSource("cachesThisJvmCannotUse")
  @EnabledForJreRange(min = JRE.JAVA_25)
  void anAotCacheTheJvmCannotUseIsSkippedWithAWarning(List<String> jvmFlags, @TempDir Path dir)
      throws Exception {
    List<String> flags =
        jvmFlags.stream().map(flag -> flag.replace("{dir}", dir.toString())).toList();
    Files.writeString(dir.resolve("not-a-cache.aot"), "left over from another build");
    Process process = launchMain(flags, "APP_PROFILE", "staging", ProcessBuilder.Redirect.PIPE);

    String jvmSays = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(jvmSays).contains("[aot").containsIgnoringCase("AOT cache");
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(errors.strip()).startsWith("Invalid configuration: Unknown profile 'staging'");
  }

  static Stream<List<String>> cachesThisJvmCannotUse() {
    String jdkArchive =
        Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa").toString();
    return Stream.of(
        List.of("-XX:AOTCache={dir}/not-a-cache.aot"),
        List.of("-XX:AOTCache={dir}/never-built.aot"),
        // The JDK's own archive, made without compact object headers: a cache of other flags.
        List.of("-XX:+UseCompactObjectHeaders", "-XX:AOTCache=" + jdkArchive));
  }

  private static Process launchMain(String variable, String value) throws IOException {
    return launchMain(List.of(), variable, value, ProcessBuilder.Redirect.DISCARD);
  }

  private static Process launchMain(
      List<String> jvmFlags, String variable, String value, ProcessBuilder.Redirect output)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put(variable, value);
    builder.redirectOutput(output);
    return builder.start();
  }
}
