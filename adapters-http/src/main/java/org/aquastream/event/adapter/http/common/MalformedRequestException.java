package org.aquastream.event.adapter.http.common;

/** The body cannot be read at all: not JSON, empty where one is needed, or not an object (400). */
public final class MalformedRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedRequestException(String message) {
    super(message);
  }
}
