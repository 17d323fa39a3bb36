package org.aquastream.event.application.service.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

class TaskResultsTest {

  @Test
  void theResultOfWorkDoneOnAnotherThreadComesBack() {
    FutureTask<Integer> task = new FutureTask<>(() -> 42);
    Thread.ofPlatform().start(task);

    assertThat(TaskResults.await(task)).isEqualTo(42);
  }

  @Test
  void aRuntimeFailureIsRethrownAsItWasThrown() {
    IllegalStateException failure = new IllegalStateException("schema checksum mismatch");
    FutureTask<Integer> task =
        new FutureTask<>(
            () -> {
              throw failure;
            });
    Thread.ofPlatform().start(task);

    assertThatThrownBy(() -> TaskResults.await(task)).isSameAs(failure);
  }

  @Test
  void aCheckedFailureIsWrappedWithItsCause() {
    IOException failure = new IOException("disk gone");
    FutureTask<Integer> task =
        new FutureTask<>(
            () -> {
              throw failure;
            });
    Thread.ofPlatform().start(task);

    assertThatThrownBy(() -> TaskResults.await(task))
        .isInstanceOf(IllegalStateException.class)
        .hasCause(failure);
  }

  @Test
  void anInterruptWhileWaitingIsKeptForTheCallerAndTheResultStillComes() {
    FutureTask<Integer> task = new FutureTask<>(() -> 7);
    Thread.currentThread().interrupt();
    Thread.ofPlatform().start(task);

    int result = TaskResults.await(task);

    assertThat(result).isEqualTo(7);
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void afterTheCallerFailedTheTasksOwnFailureIsKeptBesideTheCallers() {
    IllegalStateException tasks = new IllegalStateException("share 1 failed");
    FutureTask<Integer> task =
        new FutureTask<>(
            () -> {
              throw tasks;
            });
    Thread.ofPlatform().start(task);
    IllegalStateException callers = new IllegalStateException("share 0 failed");

    TaskResults.awaitAfter(task, callers);

    assertThat(task.isDone()).isTrue();
    assertThat(callers.getSuppressed()).containsExactly(tasks);
  }

  @Test
  void aFailureTheTaskSharesWithTheCallerIsNotAddedToItself() {
    IllegalStateException shared = new IllegalStateException("database down");
    FutureTask<Integer> task =
        new FutureTask<>(
            () -> {
              throw shared;
            });
    Thread.ofPlatform().start(task);

    TaskResults.awaitAfter(task, shared);

    assertThat(shared.getSuppressed()).isEmpty();
  }
}
