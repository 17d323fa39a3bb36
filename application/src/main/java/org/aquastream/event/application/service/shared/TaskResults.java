package org.aquastream.event.application.service.shared;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for work started on another thread and hands back its result or its own failure. */
public final class TaskResults {
  private TaskResults() {}

  /**
   * The task's result once it has run, or the exception it threw, unwrapped; an interrupt while
   * waiting does not abandon the task, which may hold resources the caller frees next, and is kept
   * for the caller.
   */
  public static <T> T await(Future<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("The task failed", e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Waits for {@code task} after the caller failed with {@code failure}, so that the task has ended
   * before the caller frees what it uses; the task's own failure, if another, is added to {@code
   * failure} as suppressed.
   */
  public static void awaitAfter(Future<?> task, Throwable failure) {
    try {
      await(task);
    } catch (RuntimeException | Error alsoFailed) {
      if (alsoFailed != failure) {
        failure.addSuppressed(alsoFailed);
      }
    }
  }
}
