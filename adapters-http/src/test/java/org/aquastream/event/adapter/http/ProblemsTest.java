package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.aquastream.event.adapter.http.common.Problem;
import org.aquastream.event.adapter.http.common.Problems;
import org.aquastream.event.application.error.ConflictException;
import org.aquastream.event.application.error.DependencyUnavailableException;
import org.aquastream.event.application.error.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "event,          event-not-found,          Event not found",
    "waitlist entry, waitlist-entry-not-found, Waitlist entry not found",
  })
  void aMissingResourceNamesItselfInTheSlug(String resource, String code, String title) {
    Problem problem = Problems.from(new NotFoundException(resource, "42"));

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.code()).isEqualTo(code);
    assertThat(problem.title()).isEqualTo(title);
  }

  @Test
  void aConflictWithoutCodeIsAPlainConflict() {
    assertThat(Problems.from(new ConflictException(null, "clash")).code()).isEqualTo("conflict");
  }

  @Test
  void retryAfterIsRoundedUpToWholeSecondsAndNeverZero() {
    assertThat(retryAfter(Duration.ofMillis(1))).isEqualTo("1");
    assertThat(retryAfter(Duration.ofSeconds(30))).isEqualTo("30");
    assertThat(retryAfter(null)).isEqualTo("5");
  }

  @Test
  void anythingUnknownIsAGeneric500() {
    Problem problem = Problems.from(new NullPointerException("user.phone was null"));

    assertThat(problem.status()).isEqualTo(500);
    assertThat(problem.code()).isEqualTo("internal-error");
    assertThat(problem.detail()).doesNotContain("phone");
  }

  private static String retryAfter(Duration duration) {
    return Problems.from(new DependencyUnavailableException("user-service", duration, "down", null))
        .headers()
        .get("Retry-After");
  }
}
