package org.aquastream.event.adapter.http.common;

/** The caller could not be identified, or must sign in for this route (401). */
public final class UnauthorizedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException(String message) {
    super(message);
  }
}
