package org.aquastream.event.domain.shared;

/** An aggregate refused a change that its current state does not allow. */
public final class InvalidStateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidStateException(String message) {
    super(message);
  }
}
