package org.aquastream.event.bootstrap.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Races: every call waits on one latch, one virtual thread each, so they start together. */
final class AtOnce {
  private AtOnce() {}

  /** Runs every call at the same instant and answers their results, in the order they ended. */
  static <T> List<T> run(List<? extends Callable<T>> calls) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ConcurrentLinkedQueue<T> results = new ConcurrentLinkedQueue<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> pending = new ArrayList<>();
      for (Callable<T> call : calls) {
        pending.add(
            pool.submit(
                () -> {
                  go.await();
                  results.add(call.call());
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : pending) {
        f.get();
      }
    }
    return List.copyOf(results);
  }
}
