package org.aquastream.event.application.service.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestCombinerTest {
  private final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());

  @Test
  void aLoneRequestRunsAtOnceOnItsOwnThread() {
    List<Thread> runners = new ArrayList<>();
    RequestCombiner<String, Integer, Integer> combiner =
        new RequestCombiner<>(
            (key, requests) -> {
              runners.add(Thread.currentThread());
              return requests.stream().map(r -> r * 10).toList();
            },
            8);

    assertThat(combiner.submit("event-a", 4)).isEqualTo(40);
    assertThat(runners).containsExactly(Thread.currentThread());
  }

  @Test
  void requestsQueuedBehindARunningBatchShareTheNextOneAndEachGetsItsOwnAnswer() throws Exception {
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    RequestCombiner<String, Integer, Integer> combiner =
        new RequestCombiner<>(
            (key, requests) -> {
              batches.add(List.copyOf(requests));
              if (requests.contains(0)) {
                firstRunning.countDown();
                await(releaseFirst);
              }
              return requests.stream().map(r -> r * 10).toList();
            },
            8);
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<Integer> first = threads.submit(() -> combiner.submit("event-a", 0));
      await(firstRunning);
      List<Future<Integer>> queued = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        int request = i;
        queued.add(threads.submit(() -> combiner.submit("event-a", request)));
      }
      waitUntilParked(threads, queued);
      releaseFirst.countDown();

      assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
      for (int i = 0; i < queued.size(); i++) {
        assertThat(queued.get(i).get(10, TimeUnit.SECONDS)).isEqualTo((i + 1) * 10);
      }
    }
    assertThat(batches).hasSize(2);
    assertThat(batches.get(0)).containsExactly(0);
    assertThat(batches.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
  }

  @Test
  void requestsForDifferentKeysNeverShareABatch() throws Exception {
    RequestCombiner<String, Integer, Integer> combiner =
        new RequestCombiner<>(
            (key, requests) -> {
              batches.add(List.copyOf(requests));
              requests.forEach(r -> assertThat(key).isEqualTo(r % 2 == 0 ? "even" : "odd"));
              return requests;
            },
            64);

    runConcurrently(200, i -> combiner.submit(i % 2 == 0 ? "even" : "odd", i));

    assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(200);
  }

  @Test
  void aBatchNeverHoldsMoreThanMaxBatchRequests() throws Exception {
    RequestCombiner<String, Integer, Integer> combiner =
        new RequestCombiner<>(
            (key, requests) -> {
              batches.add(List.copyOf(requests));
              sleep(2);
              return requests;
            },
            3);

    runConcurrently(60, i -> combiner.submit("event-a", i));

    assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(3));
    assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(60);
    assertThat(batches).as("requests did queue up and were combined").anyMatch(b -> b.size() > 1);
  }

  @Test
  void aFailingBatchFailsEachOfItsRequestsAndTheNextBatchStillRuns() {
    AtomicInteger calls = new AtomicInteger();
    RequestCombiner<String, Integer, Integer> combiner =
        new RequestCombiner<>(
            (key, requests) -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
              }
              return requests;
            },
            8);

    assertThatThrownBy(() -> combiner.submit("event-a", 1)).hasMessage("database away");
    assertThat(combiner.submit("event-a", 2)).isEqualTo(2);
  }

  @Test
  void aBatchThatAnswersTheWrongNumberOfResultsFailsItsRequests() {
    RequestCombiner<String, Integer, Integer> combiner =
        new RequestCombiner<>((key, requests) -> List.of(), 8);

    assertThatThrownBy(() -> combiner.submit("event-a", 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("answered 0 results");
  }

  @Test
  void underContentionEveryRequestIsAnsweredOnceWithItsOwnResult() throws Exception {
    AtomicInteger answered = new AtomicInteger();
    RequestCombiner<Integer, Integer, Integer> combiner =
        new RequestCombiner<>(
            (key, requests) -> {
              answered.addAndGet(requests.size());
              return requests.stream().map(r -> -r).toList();
            },
            16);

    List<Integer> results = runConcurrently(5_000, i -> combiner.submit(i % 7, i));

    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i)).isEqualTo(-i);
    }
    assertThat(answered).hasValue(5_000);
  }

  @Test
  void withTwoBatchesAtOnceEveryRequestIsStillAnsweredOnceWithItsOwnResult() throws Exception {
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostRunning = new AtomicInteger();
    RequestCombiner<Integer, Integer, Integer> combiner =
        new RequestCombiner<>(
            (key, requests) -> {
              mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
              sleep(1);
              running.decrementAndGet();
              answered.addAndGet(requests.size());
              return requests.stream().map(r -> -r).toList();
            },
            16,
            2);

    List<Integer> results = runConcurrently(3_000, i -> combiner.submit(0, i));

    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i)).isEqualTo(-i);
    }
    assertThat(answered).hasValue(3_000);
    assertThat(mostRunning.get()).isBetween(1, 2);
  }

  @Test
  void anInterruptedWaiterKeepsWaitingForItsAnswerAndKeepsTheInterrupt() throws Exception {
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    RequestCombiner<String, Integer, Integer> combiner =
        new RequestCombiner<>(
            (key, requests) -> {
              if (requests.contains(0)) {
                firstRunning.countDown();
                await(releaseFirst);
              }
              return requests;
            },
            8);
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      threads.submit(() -> combiner.submit("event-a", 0));
      await(firstRunning);
      List<Boolean> interruptKept = Collections.synchronizedList(new ArrayList<>());
      Thread waiter =
          Thread.ofVirtual()
              .start(
                  () -> {
                    combiner.submit("event-a", 1);
                    interruptKept.add(Thread.currentThread().isInterrupted());
                  });
      waitUntil(() -> waiter.getState() == Thread.State.WAITING);
      waiter.interrupt();
      releaseFirst.countDown();
      waiter.join(10_000);

      assertThat(interruptKept).containsExactly(true);
    }
  }

  /** Runs {@code request(i)} for i in 0..n-1 on n virtual threads at once; the results in order. */
  private static List<Integer> runConcurrently(int n, java.util.function.IntFunction<Integer> call)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> futures = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < n; i++) {
        int request = i;
        futures.add(
            threads.submit(
                () -> {
                  await(start);
                  return call.apply(request);
                }));
      }
      start.countDown();
      List<Integer> results = new ArrayList<>();
      for (Future<Integer> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    }
  }

  private static void waitUntilParked(ExecutorService threads, List<Future<Integer>> queued)
      throws InterruptedException {
    // The queued requests cannot finish before the first batch is released; give them time to
    // reach the queue.
    Thread.sleep(200);
    assertThat(queued).noneMatch(Future::isDone);
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    for (int i = 0; i < 1_000 && !condition.getAsBoolean(); i++) {
      Thread.sleep(5);
    }
    assertThat(condition.getAsBoolean()).isTrue();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
