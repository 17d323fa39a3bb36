package org.aquastream.event.adapter.http;

/** A set of related routes (events, bookings, health, ...) that declares itself on the app. */
@FunctionalInterface
public interface RouteGroup {

  /** Declares every route of the group, each with the minimum role it needs. */
  void declare(Routes routes);
}
