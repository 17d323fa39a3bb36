package org.aquastream.event.bootstrap;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.aquastream.event.adapter.postgres.testing.TestDatabase;
import org.aquastream.event.application.fake.MutableClock;
import org.aquastream.event.bootstrap.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/**
 * The AOT cache's training run asks the service what a new instance is asked first and stops the
 * build on any unexpected answer; ./mvnw verify does not train, so this keeps the training in step
 * with the API.
 */
class AotTrainingTest {

  @Test
  void everyTrainingRequestGetsTheAnswerItExpectsFromTheProductionProfile() {
    try (TestDatabase database = TestDatabase.fresh();
        EventService service =
            EventService.start(
                new ConfigLoader(AotTraining.environment(Path.of("unused"))).load(),
                database.dataSource(),
                new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS)))) {
      AotTraining training = new AotTraining(service.port());

      assertThatCode(training::askWhatANewInstanceIsAsked).doesNotThrowAnyException();
    }
  }
}
