# AquaStream Event Service (backend-event).
#   docker build --build-arg GIT_COMMIT=$(git rev-parse --short HEAD) -t aquastream/backend-event:dev .
# Runs as 1000:1000 on a read-only root file system with a tmpfs /tmp (see compose.yaml).

# --- build: the Maven wrapper on a full JDK 25 ----------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
# Wrapper and poms first, so dependency downloads stay cached while only sources change.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY domain/pom.xml domain/
COPY application/pom.xml application/
COPY adapters-postgres/pom.xml adapters-postgres/
COPY adapters-http/pom.xml adapters-http/
COPY adapters-peer/pom.xml adapters-peer/
COPY adapters-payment/pom.xml adapters-payment/
COPY adapters-notification/pom.xml adapters-notification/
COPY bootstrap/pom.xml bootstrap/
RUN ./mvnw -B -ntp -q dependency:go-offline -DexcludeReactor=true || true
COPY . .
# No .git in the build context (.dockerignore): the commit for /actuator/info comes in as an argument.
ARG GIT_COMMIT=unknown
# The AOT cache is trained in the run stage below, on the JVM that uses it (aot.training.skip).
RUN ./mvnw -B -ntp -q -DskipTests -Daot.training.skip=true -Dspotless.check.skip=true \
      -Djacoco.skip=true -Dgit.commit.id.abbrev=${GIT_COMMIT} -pl bootstrap -am package

# --- run: a JRE 25, and the AOT cache trained on it -------------------------------------------------
FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build /src/bootstrap/target/event-service.jar /app/event-service.jar
RUN chown 1000:1000 /app
USER 1000:1000
# The JVM's AOT cache (docs/adr/0030): a cache serves only the JVM build and the jar it was made
# with, so it is made here, at the jar's final path, as the user that runs it (PostgreSQL refuses
# root). AotTraining starts the service on a throwaway embedded PostgreSQL in /tmp, asks it what a
# new instance is asked first and stops; the JVM writes the cache as it exits. The same flags as
# the ENTRYPOINT: a cache made with other ones may be refused. Without method profiles
# (-AOTRecordTraining): replaying them cost start-up time and gained no warm-up (docs/adr/0030).
RUN java -Xms32m -Xmx512m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -XX:-UsePerfData \
      -Djdk.reflect.useNativeAccessorOnly=true \
      -XX:AOTCacheOutput=/app/event-service.aot -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining \
      -Djava.io.tmpdir=/tmp \
      -cp /app/event-service.jar org.aquastream.event.bootstrap.AotTraining /tmp/aot-training \
      > /tmp/aot-training.log 2>&1 || { cat /tmp/aot-training.log; exit 1; }; \
    rm -rf /tmp/aot-training /tmp/aot-training.log /tmp/embedded-pg
ENV APP_PROFILE=prod \
    SERVER_PORT=8102
EXPOSE 8102
# java, not curl: the image has no curl. A small heap and C1 only, so the probe fits beside the app.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=10 \
  CMD ["java", "-Xmx16m", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", \
       "-cp", "/app/event-service.jar", "org.aquastream.event.bootstrap.HealthProbe", \
       "http://127.0.0.1:8102/actuator/health/readiness"]
# The service's JVM flags, as every launch of it uses them (docs/operations.md, "JVM flags"): a
# 512 MB heap in the 768 MB of compose's mem_limit, the serial collector, no writes outside /tmp
# (-XX:-UsePerfData), reflection without generated classes (docs/operations.md); then the AOT
# cache made above. JDK_JAVA_OPTIONS adds flags before these.
ENTRYPOINT ["java", "-Xms32m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", \
            "-XX:-UsePerfData", "-Djdk.reflect.useNativeAccessorOnly=true", \
            "-XX:AOTCache=/app/event-service.aot", "-Djava.io.tmpdir=/tmp", \
            "-jar", "/app/event-service.jar"]
