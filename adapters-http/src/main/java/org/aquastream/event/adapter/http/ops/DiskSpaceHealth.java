package org.aquastream.event.adapter.http.ops;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code diskSpace}: DOWN when the usable space under {@code path} falls below the threshold. */
public final class DiskSpaceHealth implements HealthIndicator {
  private final File path;
  private final long thresholdBytes;

  public DiskSpaceHealth(File path, long thresholdBytes) {
    this.path = path;
    this.thresholdBytes = thresholdBytes;
  }

  @Override
  public String name() {
    return "diskSpace";
  }

  @Override
  public Health check() {
    long free = path.getUsableSpace();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("total", path.getTotalSpace());
    details.put("free", free);
    details.put("threshold", thresholdBytes);
    details.put("path", path.getAbsolutePath());
    details.put("exists", path.exists());
    return free >= thresholdBytes ? Health.up(details) : Health.down(details);
  }

  @Override
  public Set<HealthProbe> probes() {
    return Set.of(HealthProbe.READINESS);
  }
}
