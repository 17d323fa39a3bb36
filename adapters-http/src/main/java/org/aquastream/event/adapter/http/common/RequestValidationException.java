package org.aquastream.event.adapter.http.common;

import java.util.List;

/** The request is well-formed but some inputs are missing or of the wrong kind (400). */
public final class RequestValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // immutable list of records, never serialized
  private final List<FieldError> errors;

  public RequestValidationException(List<FieldError> errors) {
    super(errors.isEmpty() ? "Invalid request" : errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public static RequestValidationException of(String field, String message) {
    return new RequestValidationException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
