package org.aquastream.event.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/** What every scenario of one run shares: the servers, the client, the data and the report. */
final class Run {
  final Options options;
  final PostgresServer postgres;
  final Http http = new Http();
  final Report report = new Report();
  final Optional<Path> pgbench = Pgbench.find();
  final List<ServiceProcess> instances = new ArrayList<>();
  BenchData data;
  String template;

  Run(Options options, PostgresServer postgres) {
    this.options = options;
    this.postgres = postgres;
  }

  /** Starts instance number {@code instances.size() + 1}, logging to its own file. */
  ServiceProcess startInstance(Map<String, String> env) throws IOException, InterruptedException {
    Path log = options.workDir().resolve("service-" + (instances.size() + 1) + ".log");
    ServiceProcess instance = ServiceProcess.start(options.jar(), postgres, log, env);
    instances.add(instance);
    return instance;
  }

  ServiceProcess first() {
    return instances.get(0);
  }

  /** The first {@code count} instances' addresses, which clients take in turn like a gateway. */
  List<URI> bases(int count) {
    return instances.subList(0, count).stream().map(ServiceProcess::base).toList();
  }

  CpuMeter cpu(int count) {
    return CpuMeter.start(
        instances.subList(0, count).stream().map(ServiceProcess::pid).toList(), postgres.pid());
  }

  /** Stops the run when a load met answers it should never get. */
  static void requireOnly(String what, Load.Result result, IntPredicate expected) {
    Map<Integer, Long> unexpected = result.unexpected(expected);
    if (!unexpected.isEmpty()) {
      throw new IllegalStateException(what + " got unexpected answers " + unexpected);
    }
  }
}
