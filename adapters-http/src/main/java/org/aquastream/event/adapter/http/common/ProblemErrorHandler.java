package org.aquastream.event.adapter.http.common;

import java.nio.ByteBuffer;
import java.time.Instant;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a URI, request line or header block it refuses before any route runs:
 * bad encoding, ambiguous path segments, too long a URI or too many header bytes) as {@code
 * application/problem+json}, like every other error of the service, instead of Jetty's HTML page.
 */
public final class ProblemErrorHandler extends ErrorHandler {

  /** Every method gets its problem body; Jetty writes one for GET, POST and HEAD only. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    byte[] body = body(code, message, path(request));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    // Jetty drops the connection after what it refused; saying so keeps clients from reusing it.
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    return ByteBuffer.wrap(body(status, reason, "/"));
  }

  private static byte[] body(int status, String reason, String path) {
    Problem problem = Problems.forStatus(status, reason);
    return Json.writeBytes(problem.body(path, RequestTrace.resolve(null, null), Instant.now()));
  }

  /** The raw path as it came, which Jetty may have refused to decode. */
  private static String path(Request request) {
    try {
      String path = request.getHttpURI().getPath();
      return path == null ? "/" : path;
    } catch (RuntimeException e) {
      return "/";
    }
  }
}
