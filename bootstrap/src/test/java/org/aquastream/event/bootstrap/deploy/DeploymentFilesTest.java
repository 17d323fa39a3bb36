package org.aquastream.event.bootstrap.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs in CI, so the deployment files are checked as text: compose.yaml keeps
 * every hardening line of the operations document, the Dockerfile builds a non-root JRE image whose
 * health check needs no shell tool and whose AOT cache is trained on it, every launch of the
 * service (README, run command, Dockerfile, benchmark) uses the same JVM flags, and .env.example
 * names every variable compose reads.
 */
class DeploymentFilesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static JsonNode compose() throws IOException {
    return new YAMLMapper().readTree(ROOT.resolve("compose.yaml").toFile());
  }

  private static String dockerfile() throws IOException {
    return Files.readString(ROOT.resolve("Dockerfile"));
  }

  @Test
  void backendEventKeepsEveryHardeningLineOfTheOperationsDocument() throws IOException {
    JsonNode service = compose().at("/services/backend-event");

    assertThat(service.path("container_name").asText()).isEqualTo("aquastream-backend-event");
    assertThat(texts(service.path("profiles"))).containsExactly("dev", "stage", "prod");
    assertThat(service.path("user").asText()).isEqualTo("1000:1000");
    assertThat(service.path("read_only").asBoolean()).isTrue();
    assertThat(texts(service.path("tmpfs"))).containsExactly("/tmp");
    assertThat(texts(service.path("cap_drop"))).containsExactly("ALL");
    assertThat(texts(service.path("security_opt"))).containsExactly("no-new-privileges:true");
    assertThat(service.at("/ulimits/nofile/soft").asInt()).isEqualTo(65536);
    assertThat(service.at("/ulimits/nofile/hard").asInt()).isEqualTo(65536);
    assertThat(service.at("/healthcheck/interval").asText()).isEqualTo("10s");
    assertThat(service.at("/healthcheck/timeout").asText()).isEqualTo("5s");
    assertThat(service.at("/healthcheck/retries").asInt()).isEqualTo(10);
    assertThat(service.path("restart").asText()).isEqualTo("unless-stopped");
    assertThat(service.at("/logging/driver").asText()).isEqualTo("json-file");
    assertThat(service.at("/logging/options/max-size").asText()).isEqualTo("10m");
    assertThat(service.at("/logging/options/max-file").asText()).isEqualTo("5");
    assertThat(service.path("mem_limit").asText()).isEqualTo("768m");
    assertThat(service.path("cpus").asText()).isEqualTo("1.0");
    assertThat(texts(service.path("networks"))).containsExactly("aquastream-net");
    assertThat(texts(service.path("ports"))).containsExactly("8102:8102");
    assertThat(texts(service.path("env_file"))).containsExactly("${ENV_FILE:-.env}");
  }

  @Test
  void theContainerHealthCheckIsTheJavaProbeOnTheReadinessEndpoint() throws IOException {
    List<String> test = texts(compose().at("/services/backend-event/healthcheck/test"));

    assertThat(test.get(0)).isEqualTo("CMD");
    assertThat(test).doesNotContain("curl", "wget", "sh", "CMD-SHELL");
    assertThat(test).contains("java", "org.aquastream.event.bootstrap.HealthProbe");
    assertThat(test.get(test.size() - 1)).endsWith("/actuator/health/readiness");
    assertThat(dockerfile())
        .contains("org.aquastream.event.bootstrap.HealthProbe")
        .contains("/actuator/health/readiness");
  }

  @Test
  void theAppUsesTheComposeDatabaseNeverTheEmbeddedOne() throws IOException {
    JsonNode compose = compose();
    JsonNode app = compose.at("/services/backend-event");
    JsonNode postgres = compose.at("/services/postgres");

    assertThat(app.at("/environment/DATABASE_URL").asText())
        .startsWith("jdbc:postgresql://postgres:5432/");
    assertThat(app.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
    assertThat(postgres.path("image").asText()).startsWith("postgres:17");
    assertThat(postgres.at("/healthcheck/test").toString()).contains("pg_isready");
    assertThat(texts(postgres.path("volumes")))
        .anyMatch(v -> v.endsWith(":/var/lib/postgresql/data"));
    assertThat(compose.at("/volumes").has("postgres-data")).isTrue();
  }

  @Test
  void theOptionalReplicaIsAStreamingCopyOfThePostgresServiceInAProfileOfItsOwn()
      throws IOException {
    JsonNode compose = compose();
    JsonNode replica = compose.at("/services/postgres-replica");
    String startup = String.join("\n", texts(replica.path("command")));

    assertThat(texts(replica.path("profiles"))).containsExactly("replica");
    assertThat(replica.path("image").asText())
        .isEqualTo(compose.at("/services/postgres/image").asText());
    assertThat(replica.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
    assertThat(startup)
        .contains("pg_basebackup", "--host=postgres", "--write-recovery-conf", "--slot=")
        .contains("if [ ! -s \"$$PGDATA/PG_VERSION\" ]");
    assertThat(texts(replica.path("volumes")))
        .containsExactly("postgres-replica-data:/var/lib/postgresql/data");
    assertThat(compose.at("/volumes").has("postgres-replica-data")).isTrue();
    assertThat(replica.at("/healthcheck/test").toString()).contains("pg_isready");
    assertThat(texts(replica.path("networks"))).containsExactly("aquastream-net");
    // The app works with or without the replica profile, so it never waits for it.
    assertThat(compose.at("/services/backend-event/depends_on").has("postgres-replica")).isFalse();
  }

  @Test
  void thePrimaryLetsTheReplicaStreamAndTheExampleShowsWhereTheAppFindsIt() throws IOException {
    JsonNode postgres = compose().at("/services/postgres");
    String initdb =
        texts(postgres.path("volumes")).stream()
            .filter(v -> v.contains(":/docker-entrypoint-initdb.d"))
            .findFirst()
            .orElseThrow();
    Path scripts = ROOT.resolve(initdb.substring(0, initdb.indexOf(':')));

    assertThat(Files.readString(scripts.resolve("10-allow-replication.sh")))
        .contains("host replication ${POSTGRES_USER} all scram-sha-256")
        .contains("$PGDATA/pg_hba.conf");
    assertThat(Files.readString(ROOT.resolve(".env.example")))
        .contains("DATABASE_REPLICA_URL=jdbc:postgresql://postgres-replica:5432/");
  }

  @Test
  void theImageIsBuiltWithTheWrapperAndRunsAsNonRootOnAJre25WithItsAotCache() throws IOException {
    List<String> lines = dockerfile().lines().map(String::strip).toList();
    List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();

    assertThat(froms).hasSize(2);
    assertThat(froms.get(0)).isEqualTo("FROM eclipse-temurin:25-jdk AS build");
    assertThat(froms.get(1)).isEqualTo("FROM eclipse-temurin:25-jre");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("RUN ./mvnw ") && l.contains("-Daot.training.skip"));
    assertThat(lines).contains("USER 1000:1000");
    assertThat(lines).anyMatch(l -> l.startsWith("HEALTHCHECK ") && l.contains("--timeout=5s"));
    // The cache is trained as the app's user, after the switch, on the run image's own JVM.
    String runStage = dockerfile().substring(dockerfile().indexOf(froms.get(1)));
    assertThat(runStage.indexOf("USER 1000:1000")).isLessThan(runStage.indexOf("AotTraining"));
    assertThat(entrypoint()).startsWith("java").contains("-XX:AOTCache=/app/event-service.aot");
    assertThat(entrypoint().subList(entrypoint().size() - 2, entrypoint().size()))
        .containsExactly("-jar", "/app/event-service.jar");
    assertThat(Files.readString(ROOT.resolve(".dockerignore"))).contains(".git", "**/target");
  }

  @Test
  void everyLaunchOfTheServiceUsesTheSameJvmFlags() throws IOException {
    List<String> flags = serviceJvmFlags();
    String pom = Files.readString(ROOT.resolve("bootstrap/pom.xml"));

    assertThat(flags).contains("-Xmx512m", "-XX:+ExitOnOutOfMemoryError");
    // The README's run command (exec:exec) and the training run read them from the pom.
    assertThat(pom)
        .contains("<commandlineArgs>${service.jvm.flags} ${aot.cache.option} -jar")
        .contains("<commandlineArgs>${service.jvm.flags} \"-XX:AOTCacheOutput=");
    assertThat(flagsOf(readmeJavaJarLine(), "-jar"))
        .containsExactlyElementsOf(
            concat(flags, "-XX:AOTCache=bootstrap/target/event-service.aot"));
    assertThat(entrypoint().subList(1, flags.size() + 1)).containsExactlyElementsOf(flags);
    assertThat(flagsOf(dockerfileTrainingRun(), "-XX:AOTCacheOutput=/app/event-service.aot"))
        .containsExactlyElementsOf(flags);
    assertThat(benchJvmFlags()).containsExactlyElementsOf(flags);
  }

  @Test
  void bothTrainingRunsCacheClassesWithoutMethodProfiles() throws IOException {
    // Replaying recorded profiles slowed start-up on two cores (docs/adr/0030).
    String noProfiles = "-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining";

    assertThat(Files.readString(ROOT.resolve("bootstrap/pom.xml")))
        .contains("event-service.aot\" " + noProfiles + " -cp");
    assertThat(dockerfileTrainingRun()).contains(noProfiles);
  }

  @Test
  void composeRunsTheImagesJvmFlagsWithRoomAboveTheHeap() throws IOException {
    JsonNode service = compose().at("/services/backend-event");
    long heapMb =
        serviceJvmFlags().stream()
            .filter(flag -> flag.startsWith("-Xmx"))
            .map(flag -> megabytes(flag.substring("-Xmx".length())))
            .findFirst()
            .orElseThrow();

    assertThat(service.has("entrypoint")).isFalse();
    assertThat(service.has("command")).isFalse();
    // Beyond the heap: the AOT cache and metaspace, code, threads, buffers, and the health probe.
    assertThat(megabytes(service.path("mem_limit").asText())).isGreaterThanOrEqualTo(heapMb + 192);
  }

  @Test
  void envExampleNamesEveryVariableComposeReads() throws IOException {
    String compose = Files.readString(ROOT.resolve("compose.yaml"));
    Set<String> used = new TreeSet<>();
    Matcher m = Pattern.compile("(?<!\\$)\\$\\{([A-Z_]+)").matcher(compose);
    while (m.find()) {
      used.add(m.group(1));
    }
    used.remove("ENV_FILE"); // chooses the file itself
    String example = Files.readString(ROOT.resolve(".env.example"));

    assertThat(used).isNotEmpty();
    for (String variable : used) {
      assertThat(example).as(variable).containsPattern("(?m)^#? ?" + variable + "=");
    }
  }

  @Test
  void theHealthProbeClassShipsInTheJar() throws ClassNotFoundException {
    assertThat(Class.forName("org.aquastream.event.bootstrap.HealthProbe")).isNotNull();
  }

  /** bootstrap/pom.xml's {@code service.jvm.flags}, where the flags are decided. */
  private static List<String> serviceJvmFlags() throws IOException {
    Matcher flags =
        Pattern.compile("<service.jvm.flags>([^<]+)</service.jvm.flags>")
            .matcher(Files.readString(ROOT.resolve("bootstrap/pom.xml")));
    assertThat(flags.find()).as("service.jvm.flags in bootstrap/pom.xml").isTrue();
    return List.of(flags.group(1).strip().split("\\s+"));
  }

  /** The Dockerfile's ENTRYPOINT, a JSON array over continued lines. */
  private static List<String> entrypoint() throws IOException {
    String joined = dockerfile().replace("\\\n", " ");
    String line = joined.lines().filter(l -> l.startsWith("ENTRYPOINT ")).findFirst().orElseThrow();
    return texts(new ObjectMapper().readTree(line.substring("ENTRYPOINT ".length())));
  }

  /** The Dockerfile's RUN that trains the AOT cache, continued lines joined. */
  private static String dockerfileTrainingRun() throws IOException {
    return dockerfile()
        .replace("\\\n", " ")
        .lines()
        .filter(l -> l.startsWith("RUN java ") && l.contains("AotTraining"))
        .findFirst()
        .orElseThrow();
  }

  /** The README's {@code java ... -jar bootstrap/target/event-service.jar} line, continued. */
  private static String readmeJavaJarLine() throws IOException {
    return Files.readString(ROOT.resolve("README.md"))
        .replace("\\\n", " ")
        .lines()
        .filter(l -> l.contains(" java ") && l.contains("-jar bootstrap/target/event-service.jar"))
        .findFirst()
        .orElseThrow();
  }

  /** The words between {@code java} and {@code end} in a shell command line. */
  private static List<String> flagsOf(String commandLine, String end) {
    List<String> words = List.of(commandLine.replace("`", " ").strip().split("\\s+"));
    return words.subList(words.indexOf("java") + 1, words.indexOf(end));
  }

  /** The {@code JVM_FLAGS} the benchmark starts the jar with (bench's ServiceProcess). */
  private static List<String> benchJvmFlags() throws IOException {
    String source =
        Files.readString(
            ROOT.resolve("bench/src/main/java/org/aquastream/event/bench/ServiceProcess.java"));
    Matcher declaration =
        Pattern.compile("JVM_FLAGS\\s*=\\s*List\\.of\\(([^)]*)\\)").matcher(source);
    assertThat(declaration.find()).as("JVM_FLAGS in ServiceProcess.java").isTrue();
    List<String> flags = new ArrayList<>();
    Matcher literal = Pattern.compile("\"([^\"]*)\"").matcher(declaration.group(1));
    while (literal.find()) {
      flags.add(literal.group(1));
    }
    return flags;
  }

  private static long megabytes(String size) {
    Matcher m = Pattern.compile("(?i)(\\d+)([mg])").matcher(size.strip());
    assertThat(m.matches()).as(size).isTrue();
    long n = Long.parseLong(m.group(1));
    return m.group(2).equalsIgnoreCase("g") ? n * 1024 : n;
  }

  private static List<String> concat(List<String> list, String last) {
    List<String> all = new ArrayList<>(list);
    all.add(last);
    return all;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    StreamSupport.stream(array.spliterator(), false).forEach(n -> out.add(n.asText()));
    return out;
  }
}
