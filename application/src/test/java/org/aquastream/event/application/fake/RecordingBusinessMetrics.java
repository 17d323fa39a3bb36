package org.aquastream.event.application.fake;

import java.util.EnumMap;
import java.util.Map;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;

/** Counts business events in memory so tests can read them back. */
public final class RecordingBusinessMetrics implements BusinessMetrics {
  private final Map<BusinessEvent, Integer> counts = new EnumMap<>(BusinessEvent.class);

  @Override
  public synchronized void record(BusinessEvent event, int count) {
    counts.merge(event, count, Integer::sum);
  }

  public synchronized int count(BusinessEvent event) {
    return counts.getOrDefault(event, 0);
  }
}
