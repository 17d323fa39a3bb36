package org.aquastream.event.adapter.http.common;

import java.util.ArrayList;
import java.util.List;

/** Collects every missing required input of a request so they are reported together. */
public final class Required {
  private final List<FieldError> missing = new ArrayList<>();

  public Required field(String name, Object value) {
    if (value == null) {
      missing.add(new FieldError(name, name + " is required"));
    }
    return this;
  }

  /** Throws a validation error naming every missing field, if any. */
  public void check() {
    if (!missing.isEmpty()) {
      throw new RequestValidationException(missing);
    }
  }
}
