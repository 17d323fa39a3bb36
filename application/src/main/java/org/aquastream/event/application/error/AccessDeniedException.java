package org.aquastream.event.application.error;

/** The actor is known but may not do this. */
public final class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
