package org.aquastream.event.bootstrap.e2e;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * What every class of fuzzing properties shares: one {@link HostileTarget} per class, started
 * before its first property and closed after its last, and no table written after each property.
 */
abstract class HostileProperties {
  static HostileTarget target;

  @BeforeContainer
  static void startTarget() {
    target = HostileTarget.start();
  }

  @AfterContainer
  static void stopTarget() {
    target.close();
  }

  @AfterProperty
  void nothingWasWritten() {
    target.assertNothingWritten();
  }
}
