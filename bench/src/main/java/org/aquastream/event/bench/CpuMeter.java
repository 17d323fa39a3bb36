package org.aquastream.event.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU seconds spent by the service instances, PostgreSQL, pgbench and this driver during one
 * measurement, read from {@code /proc}: on a two-core machine who burnt the cores explains a figure
 * better than the figure itself. PostgreSQL counts the postmaster, its live backends and the
 * backends that ended (the postmaster's reaped children); pgbench is this driver's reaped child.
 */
final class CpuMeter {
  private static final double TICKS_PER_SECOND = 100.0;
  private static final long SELF = ProcessHandle.current().pid();

  private final List<Long> servicePids;
  private final long postmaster;
  private final long serviceStart;
  private final long postgresStart;
  private final long pgbenchStart;
  private final long driverStartNanos;

  private CpuMeter(List<Long> servicePids, long postmaster) {
    this.servicePids = servicePids;
    this.postmaster = postmaster;
    this.serviceStart = service();
    this.postgresStart = postgres();
    this.pgbenchStart = reapedChildren(SELF);
    this.driverStartNanos = driverCpuNanos();
  }

  static CpuMeter start(List<Long> servicePids, long postmaster) {
    return new CpuMeter(servicePids, postmaster);
  }

  /** CPU seconds since {@link #start}. */
  Usage stop() {
    return new Usage(
        (service() - serviceStart) / TICKS_PER_SECOND,
        (postgres() - postgresStart) / TICKS_PER_SECOND,
        (reapedChildren(SELF) - pgbenchStart) / TICKS_PER_SECOND,
        (driverCpuNanos() - driverStartNanos) / 1e9);
  }

  /** CPU seconds of each side of one measurement. */
  record Usage(double service, double postgres, double pgbench, double driver) {
    @Override
    public String toString() {
      return String.format(
          "CPU seconds: service %.1f, PostgreSQL %.1f, %sdriver %.1f",
          service, postgres, pgbench > 0 ? String.format("pgbench %.1f, ", pgbench) : "", driver);
    }
  }

  private long service() {
    return servicePids.stream().mapToLong(pid -> own(pid)).sum();
  }

  private long postgres() {
    return ProcessHandle.of(postmaster)
        .map(
            p ->
                own(postmaster)
                    + reapedChildren(postmaster)
                    + p.descendants().mapToLong(child -> own(child.pid())).sum())
        .orElse(0L);
  }

  /** utime + stime of a process, in ticks; 0 once it is gone. */
  private static long own(long pid) {
    long[] fields = stat(pid);
    return fields.length == 0 ? 0 : fields[11] + fields[12];
  }

  /** cutime + cstime: the ticks of the children this process waited for. */
  private static long reapedChildren(long pid) {
    long[] fields = stat(pid);
    return fields.length == 0 ? 0 : fields[13] + fields[14];
  }

  /** The numeric fields of /proc/pid/stat after the command name, from the state on (index 0). */
  private static long[] stat(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long[] numbers = new long[15];
      for (int i = 1; i < numbers.length; i++) {
        numbers[i] = Long.parseLong(fields[i]);
      }
      return numbers;
    } catch (IOException | RuntimeException e) {
      return new long[0];
    }
  }

  private static long driverCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
