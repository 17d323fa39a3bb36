package org.aquastream.event.bootstrap.e2e;

import java.util.UUID;

/** Who a request claims to be, as the gateway would tell the service. */
record Caller(UUID id, String role) {

  static Caller guest() {
    return new Caller(null, null);
  }

  static Caller user() {
    return new Caller(UUID.randomUUID(), "USER");
  }

  static Caller organizer() {
    return new Caller(UUID.randomUUID(), "ORGANIZER");
  }

  static Caller admin() {
    return new Caller(UUID.randomUUID(), "ADMIN");
  }
}
