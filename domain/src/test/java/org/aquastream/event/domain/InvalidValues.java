package org.aquastream.event.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.aquastream.event.domain.shared.InvalidValueException;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** For the tests of the value guards: which field a refused value names, and texts of a length. */
public final class InvalidValues {
  private InvalidValues() {}

  /** Asserts that {@code call} throws {@link InvalidValueException} and returns its field. */
  public static AbstractStringAssert<?> assertInvalidField(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(InvalidValueException.class);
    return assertThat(((InvalidValueException) thrown).field());
  }

  public static String text(int length) {
    return "x".repeat(length);
  }
}
