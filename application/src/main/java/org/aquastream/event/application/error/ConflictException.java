package org.aquastream.event.application.error;

/** The change clashes with something that already exists; {@link #code()} names the clash. */
public final class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  public ConflictException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
