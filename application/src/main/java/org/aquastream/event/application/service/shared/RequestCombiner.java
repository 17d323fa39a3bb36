package org.aquastream.event.application.service.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Combines requests that queue up behind each other for the same key into batches run by one of
 * their own threads. The first request to find no batch running for its key runs a batch at once (a
 * lone request never waits for company, and nothing waits on a timer); requests that arrive
 * meanwhile queue, and when the running batch ends one of them runs the next batch with every
 * request queued by then, up to {@code maxBatch}. Each request gets its own result, or the batch's
 * failure.
 *
 * @param <K> what requests must share to be combined (e.g. the event they book)
 * @param <T> a request
 * @param <R> a request's result
 */
public final class RequestCombiner<K, T, R> {

  /** Runs one batch; answers one result per request, in the requests' order. */
  @FunctionalInterface
  public interface Batch<K, T, R> {
    List<R> run(K key, List<T> requests);
  }

  private final ConcurrentHashMap<K, Lane<T, R>> lanes = new ConcurrentHashMap<>();
  private final Batch<K, T, R> batch;
  private final int maxBatch;
  private final int maxRunning;

  /** One batch at a time per key. */
  public RequestCombiner(Batch<K, T, R> batch, int maxBatch) {
    this(batch, maxBatch, 1);
  }

  /**
   * Up to {@code maxRunning} batches at a time per key: while one waits (on the database, say) the
   * next can already run.
   */
  public RequestCombiner(Batch<K, T, R> batch, int maxBatch, int maxRunning) {
    this.batch = Objects.requireNonNull(batch, "batch");
    if (maxBatch < 1 || maxRunning < 1) {
      throw new IllegalArgumentException("maxBatch and maxRunning must be positive");
    }
    this.maxBatch = maxBatch;
    this.maxRunning = maxRunning;
  }

  /** Runs {@code request}, alone or in a batch with others for {@code key}; returns its result. */
  public R submit(K key, T request) {
    Lane<T, R> lane = lanes.computeIfAbsent(key, k -> new Lane<>());
    Ticket<T, R> ticket = new Ticket<>(request, Thread.currentThread());
    lane.queue.add(ticket);
    boolean interrupted = false;
    while (!ticket.isDone()) {
      if (lane.tryStart(maxRunning)) {
        boolean ran;
        try {
          ran = runNextBatch(key, lane);
        } finally {
          lane.running.decrementAndGet();
        }
        handOver(key, lane);
        if (!ran && !ticket.isDone()) {
          // Another running batch took this request: wait for its answer instead of spinning.
          interrupted |= Thread.interrupted();
          LockSupport.park(this);
        }
      } else {
        // Woken when the running batch answers this request or hands the lane over. An interrupt
        // must not turn the wait into a spin: it is kept for the caller instead.
        interrupted |= Thread.interrupted();
        LockSupport.park(this);
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return ticket.result();
  }

  /** Runs a batch of the requests queued now; false when none was queued. */
  private boolean runNextBatch(K key, Lane<T, R> lane) {
    List<Ticket<T, R>> tickets = new ArrayList<>();
    for (Ticket<T, R> next; tickets.size() < maxBatch && (next = lane.queue.poll()) != null; ) {
      tickets.add(next);
    }
    if (tickets.isEmpty()) {
      return false;
    }
    List<R> results;
    try {
      results = batch.run(key, tickets.stream().map(Ticket::request).toList());
      if (results.size() != tickets.size()) {
        throw new IllegalStateException(
            "a batch of " + tickets.size() + " answered " + results.size() + " results");
      }
    } catch (RuntimeException | Error failure) {
      tickets.forEach(ticket -> ticket.fail(failure));
      return true;
    }
    for (int i = 0; i < tickets.size(); i++) {
      tickets.get(i).answer(results.get(i));
    }
    return true;
  }

  /**
   * Wakes the oldest waiting request to run the next batch; forgets an idle lane. A request that
   * still holds the forgotten lane runs its batch there itself, so none is ever stranded.
   */
  private void handOver(K key, Lane<T, R> lane) {
    Ticket<T, R> head = lane.queue.peek();
    if (head != null) {
      LockSupport.unpark(head.owner);
    } else if (lane.running.get() == 0) {
      lanes.remove(key, lane);
      // A request queued between the peek and the removal still finds the lane free.
      Ticket<T, R> late = lane.queue.peek();
      if (late != null) {
        LockSupport.unpark(late.owner);
      }
    }
  }

  /** The requests waiting for one key, and how many batches of theirs are running. */
  private static final class Lane<T, R> {
    final Queue<Ticket<T, R>> queue = new ConcurrentLinkedQueue<>();
    final AtomicInteger running = new AtomicInteger();

    /** Counts one more running batch unless {@code max} already run. */
    boolean tryStart(int max) {
      for (int now = running.get(); now < max; now = running.get()) {
        if (running.compareAndSet(now, now + 1)) {
          return true;
        }
      }
      return false;
    }
  }

  /** One request, the thread waiting for it, and its result once its batch has run. */
  private static final class Ticket<T, R> {
    private final T request;
    private final Thread owner;
    private volatile boolean done;
    private R result;
    private Throwable failure;

    Ticket(T request, Thread owner) {
      this.request = request;
      this.owner = owner;
    }

    T request() {
      return request;
    }

    boolean isDone() {
      return done;
    }

    void answer(R value) {
      result = value;
      done = true;
      LockSupport.unpark(owner);
    }

    void fail(Throwable cause) {
      failure = cause;
      done = true;
      LockSupport.unpark(owner);
    }

    R result() {
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      return result;
    }
  }
}
