package org.aquastream.event.adapter.http;

import java.util.List;

/** Cross-cutting additions to every request: guards before the handler, observers after it. */
public record RequestHooks(List<RequestGuard> guards, List<RequestObserver> observers) {
  public static final RequestHooks NONE = new RequestHooks(List.of(), List.of());

  public RequestHooks {
    guards = List.copyOf(guards);
    observers = List.copyOf(observers);
  }
}
