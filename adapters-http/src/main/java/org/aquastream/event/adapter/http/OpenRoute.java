package org.aquastream.event.adapter.http;

import io.javalin.security.RouteRole;

/**
 * Route metadata of routes that decide access themselves: operations endpoints (health, metrics),
 * answered to anyone and never refused for identity headers, so probes and scrapers work whatever a
 * proxy adds; and service callbacks, which check their own signature.
 */
enum OpenRoute implements RouteRole {
  INSTANCE
}
