package org.aquastream.event.adapter.http;

import io.javalin.security.RouteRole;
import org.aquastream.event.domain.shared.Role;

/** Route metadata: the least role a caller needs for the route. */
record RequiredRole(Role minimum) implements RouteRole {}
