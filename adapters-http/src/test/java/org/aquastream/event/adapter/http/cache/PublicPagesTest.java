package org.aquastream.event.adapter.http.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PublicPagesTest {
  private final AtomicLong nanos = new AtomicLong();
  private final PublicPages pages = new PublicPages(Duration.ofSeconds(1), 1024 * 1024, nanos::get);
  private final AtomicInteger renders = new AtomicInteger();

  private RenderedPage render(String text) {
    renders.incrementAndGet();
    return RenderedPage.of(Map.of("text", text, "render", renders.get()));
  }

  @Test
  void aPageIsRenderedOnceAndReusedWhileItIsFresh() {
    RenderedPage first = pages.get("/events", () -> render("catalog"));
    nanos.addAndGet(Duration.ofMillis(999).toNanos());

    RenderedPage again = pages.get("/events", () -> render("catalog"));

    assertThat(again).isSameAs(first);
    assertThat(renders).hasValue(1);
  }

  @Test
  void aPageOlderThanItsLifetimeIsRenderedAgain() {
    pages.get("/events", () -> render("catalog"));
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());

    pages.get("/events", () -> render("catalog"));

    assertThat(renders).hasValue(2);
  }

  @Test
  void eachPathAndQueryHasAPageOfItsOwn() {
    RenderedPage first = pages.get("/events?page=0", () -> render("first"));
    RenderedPage second = pages.get("/events?page=1", () -> render("second"));

    assertThat(second.etag()).isNotEqualTo(first.etag());
    assertThat(pages.get("/events?page=0", () -> render("never"))).isSameAs(first);
  }

  @Test
  void droppingForgetsEveryPage() {
    pages.get("/events", () -> render("catalog"));
    pages.get("/organizers", () -> render("directory"));

    pages.drop();
    pages.get("/events", () -> render("catalog"));
    pages.get("/organizers", () -> render("directory"));

    assertThat(renders).hasValue(4);
  }

  @Test
  void aReadThatBeganBeforeAChangeIsNeverFoundAfterIt() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch changed = new CountDownLatch(1);
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<RenderedPage> slowRead =
          threads.submit(
              () ->
                  pages.get(
                      "/events",
                      () -> {
                        reading.countDown();
                        await(changed);
                        return render("before the change");
                      }));
      reading.await(5, TimeUnit.SECONDS);
      pages.drop();
      changed.countDown();
      slowRead.get(5, TimeUnit.SECONDS);
    }

    RenderedPage after = pages.get("/events", () -> render("after the change"));

    assertThat(after.toString()).contains("after the change");
  }

  @Test
  void aRenderThatFailsKeepsNothing() {
    assertThatThrownBy(
            () ->
                pages.get(
                    "/events",
                    () -> {
                      throw new IllegalStateException("the database is away");
                    }))
        .isInstanceOf(IllegalStateException.class);

    pages.get("/events", () -> render("catalog"));

    assertThat(renders).hasValue(1);
  }

  @Test
  void theKeptPagesStayWithinTheirBytes() {
    PublicPages small = new PublicPages(Duration.ofSeconds(1), 4_000, nanos::get);
    String kilobyte = "x".repeat(1_000);
    for (int i = 0; i < 20; i++) {
      String uri = "/events?page=" + i;
      small.get(uri, () -> render(kilobyte));
    }
    renders.set(0);

    List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        .forEach(i -> small.get("/events?page=" + i, () -> render(kilobyte)));

    assertThat(renders.get()).as("pages rendered again after eviction").isGreaterThan(5);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
