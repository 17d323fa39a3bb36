# AquaStream Event Service (backend-event).
#   docker build --build-arg GIT_COMMIT=$(git rev-parse --short HEAD) -t aquastream/backend-event:dev .
# Runs as 1000:1000 on a read-only root file system with a tmpfs /tmp (see compose.yaml).

# --- build: the Maven wrapper on a full JDK 21 ----------------------------------------------------
FROM eclipse-temurin:21-jdk AS build
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
RUN ./mvnw -B -ntp -q -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
      -Dgit.commit.id.abbrev=${GIT_COMMIT} -pl bootstrap -am package

# --- run: a JRE 21 only ---------------------------------------------------------------------------
FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /src/bootstrap/target/event-service.jar /app/event-service.jar
ENV APP_PROFILE=prod \
    SERVER_PORT=8102
EXPOSE 8102
USER 1000:1000
# java, not curl: the image has no curl. A small heap and C1 only, so the probe fits beside the app.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=10 \
  CMD ["java", "-Xmx16m", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", \
       "-cp", "/app/event-service.jar", "org.aquastream.event.bootstrap.HealthProbe", \
       "http://127.0.0.1:8102/actuator/health/readiness"]
# Heap sized from the container's memory limit (768m in compose → ~540m heap), leaving room for
# metaspace, threads and the health probe. No writes outside /tmp: -XX:-UsePerfData.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70.0", "-XX:InitialRAMPercentage=25.0", \
            "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", "-Djava.io.tmpdir=/tmp", \
            "-jar", "/app/event-service.jar"]
