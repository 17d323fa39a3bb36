package org.aquastream.event.application.error;

/** The thing asked for does not exist, or the asker may not know that it exists. */
public final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String resource;

  /**
   * @param resource what was missing, in the API's words: {@code event}, {@code booking}, ...
   */
  public NotFoundException(String resource, Object id) {
    super(capitalized(resource) + " " + id + " was not found");
    this.resource = resource;
  }

  public String resource() {
    return resource;
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
