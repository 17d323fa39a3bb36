package org.aquastream.event.application.error;

/**
 * A peer service answered but refused the request (a 4xx answer): it is up, and sending the same
 * request again will not help. Unlike {@link DependencyUnavailableException} it does not count
 * against the peer's health.
 */
public final class PeerRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String dependency;
  private final int status;

  public PeerRejectedException(String dependency, int status, String message) {
    super(message);
    this.dependency = dependency;
    this.status = status;
  }

  public String dependency() {
    return dependency;
  }

  /** The HTTP status the peer answered with. */
  public int status() {
    return status;
  }
}
