package org.aquastream.event.adapter.http;

import io.javalin.security.RouteRole;

/**
 * Route metadata of operations endpoints (health, metrics): answered to anyone and never refused
 * for identity headers, so probes and scrapers work whatever a proxy adds.
 */
enum OpenRoute implements RouteRole {
  INSTANCE
}
