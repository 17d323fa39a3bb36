package org.aquastream.event.adapter.http;

/** Told about every finished request (metrics, access log); must not throw. */
@FunctionalInterface
public interface RequestObserver {
  void finished(FinishedRequest request);
}
