package org.aquastream.event.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Closed-loop load: {@code clients} virtual threads, each sending its next request as soon as the
 * last one is answered (as many users clicking as fast as the service lets them). Latencies of the
 * answers that count go into an HdrHistogram, every status into a tally.
 */
final class Load {
  private Load() {}

  /** One request of client {@code client}; returns the HTTP status. */
  interface Call {
    int send(int client) throws Exception;
  }

  /** Requests, the ones that counted, over how long, their latencies and every status seen. */
  record Result(long counted, double seconds, Histogram micros, Map<Integer, Long> statuses) {
    double perSecond() {
      return counted / seconds;
    }

    double percentileMs(double percentile) {
      return micros.getTotalCount() == 0 ? 0 : micros.getValueAtPercentile(percentile) / 1000.0;
    }

    /** Statuses other than the expected ones, e.g. {@code {500=3}}; empty when all were. */
    Map<Integer, Long> unexpected(IntPredicate expected) {
      Map<Integer, Long> other = new TreeMap<>();
      statuses.forEach(
          (status, count) -> {
            if (!expected.test(status)) {
              other.put(status, count);
            }
          });
      return other;
    }
  }

  /** Runs for {@code warmupMs}, then measures for {@code measureMs}. */
  static Result forDuration(
      int clients, long warmupMs, long measureMs, Call call, IntPredicate counted)
      throws Exception {
    Recorder latencies = new Recorder(3);
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    LongAdder countedAnswers = new LongAdder();
    CountDownLatch go = new CountDownLatch(1);
    long[] window = new long[2];
    List<Future<?>> running = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < clients; c++) {
        int client = c;
        running.add(
            threads.submit(
                () -> {
                  go.await();
                  while (true) {
                    long sent = System.nanoTime();
                    if (sent >= window[1]) {
                      return null;
                    }
                    int status = call.send(client);
                    long answered = System.nanoTime();
                    if (sent >= window[0] && answered <= window[1]) {
                      statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                      if (counted.test(status)) {
                        countedAnswers.increment();
                        latencies.recordValue((answered - sent) / 1000);
                      }
                    }
                  }
                }));
      }
      long now = System.nanoTime();
      window[0] = now + warmupMs * 1_000_000;
      window[1] = window[0] + measureMs * 1_000_000;
      go.countDown();
      for (Future<?> client : running) {
        client.get();
      }
    }
    return new Result(
        countedAnswers.sum(),
        measureMs / 1000.0,
        latencies.getIntervalHistogram(),
        tally(statuses));
  }

  /**
   * Runs until every client got a {@code done} answer (a sold-out event); the time is from the
   * start to the last counted answer, so the stragglers' refusals do not dilute the rate.
   */
  static Result untilDone(
      int clients, long maxRequests, Call call, IntPredicate counted, IntPredicate done)
      throws Exception {
    Recorder latencies = new Recorder(3);
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    LongAdder countedAnswers = new LongAdder();
    AtomicLong lastCounted = new AtomicLong();
    AtomicLong sentSoFar = new AtomicLong();
    CountDownLatch go = new CountDownLatch(1);
    long[] start = new long[1];
    List<Future<?>> running = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < clients; c++) {
        int client = c;
        running.add(
            threads.submit(
                () -> {
                  go.await();
                  while (sentSoFar.incrementAndGet() <= maxRequests) {
                    long sent = System.nanoTime();
                    int status = call.send(client);
                    long answered = System.nanoTime();
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                    if (counted.test(status)) {
                      countedAnswers.increment();
                      latencies.recordValue((answered - sent) / 1000);
                      lastCounted.accumulateAndGet(answered, Math::max);
                    }
                    if (done.test(status)) {
                      return null;
                    }
                  }
                  return null;
                }));
      }
      start[0] = System.nanoTime();
      go.countDown();
      for (Future<?> client : running) {
        client.get();
      }
    }
    double seconds = Math.max(1, lastCounted.get() - start[0]) / 1e9;
    return new Result(
        countedAnswers.sum(), seconds, latencies.getIntervalHistogram(), tally(statuses));
  }

  private static Map<Integer, Long> tally(Map<Integer, LongAdder> statuses) {
    Map<Integer, Long> tally = new TreeMap<>();
    statuses.forEach((status, count) -> tally.put(status, count.sum()));
    return tally;
  }
}
