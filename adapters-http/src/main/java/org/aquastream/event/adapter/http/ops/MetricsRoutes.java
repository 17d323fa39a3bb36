package org.aquastream.event.adapter.http.ops;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Statistic;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aquastream.event.adapter.http.RouteGroup;
import org.aquastream.event.adapter.http.Routes;
import org.aquastream.event.adapter.http.common.FieldError;
import org.aquastream.event.adapter.http.common.Problem;
import org.aquastream.event.adapter.http.common.ProblemException;
import org.aquastream.event.adapter.http.common.Problems;

/**
 * {@code /actuator/metrics} (the names) and {@code /actuator/metrics/{name}?tag=key:value} in
 * Spring Boot Actuator's JSON shape: measurements of all matching meters merged (sums, MAX the
 * largest) and the tags still available for drilling down.
 */
public final class MetricsRoutes implements RouteGroup {
  private final MeterRegistry registry;

  public MetricsRoutes(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void declare(Routes routes) {
    routes
        .operation("/actuator/metrics", this::names)
        .operation("/actuator/metrics/{name}", this::metric);
  }

  private void names(Context ctx) {
    Set<String> names = new TreeSet<>();
    registry.forEachMeter(meter -> names.add(meter.getId().getName()));
    ctx.json(Map.of("names", names));
  }

  private void metric(Context ctx) {
    String name = ctx.pathParam("name");
    Tags filter = tags(ctx.queryParams("tag"));
    Collection<Meter> meters = registry.find(name).tags(filter).meters();
    if (meters.isEmpty()) {
      throw new ProblemException(
          Problems.notFound(
              "metric", "No metric " + name + " with tags " + filter.stream().toList()));
    }
    Meter.Id id = meters.iterator().next().getId();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("description", id.getDescription());
    body.put("baseUnit", id.getBaseUnit());
    body.put("measurements", measurements(meters));
    body.put("availableTags", availableTags(meters, filter));
    ctx.json(body);
  }

  private static Tags tags(List<String> params) {
    List<Tag> tags = new ArrayList<>();
    for (String param : params) {
      int colon = param.indexOf(':');
      if (colon <= 0 || colon == param.length() - 1) {
        throw new ProblemException(
            Problem.validation(
                List.of(new FieldError("tag", "must be key:value, was '" + param + "'"))));
      }
      tags.add(Tag.of(param.substring(0, colon), param.substring(colon + 1)));
    }
    return Tags.of(tags);
  }

  private static List<Map<String, Object>> measurements(Collection<Meter> meters) {
    // In the order the meters measure, as Spring Boot answers: COUNT, TOTAL_TIME, MAX.
    Map<Statistic, Double> merged = new LinkedHashMap<>();
    for (Meter meter : meters) {
      for (Measurement measurement : meter.measure()) {
        merged.merge(
            measurement.getStatistic(),
            measurement.getValue(),
            measurement.getStatistic() == Statistic.MAX ? Math::max : Double::sum);
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    merged.forEach(
        (statistic, value) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("statistic", statistic.name());
          m.put("value", value);
          out.add(m);
        });
    return out;
  }

  private static List<Map<String, Object>> availableTags(Collection<Meter> meters, Tags filter) {
    Set<String> used = new TreeSet<>();
    filter.forEach(tag -> used.add(tag.getKey()));
    Map<String, Set<String>> available = new TreeMap<>();
    for (Meter meter : meters) {
      for (Tag tag : meter.getId().getTags()) {
        if (!used.contains(tag.getKey())) {
          available.computeIfAbsent(tag.getKey(), k -> new TreeSet<>()).add(tag.getValue());
        }
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    available.forEach(
        (key, values) -> {
          Map<String, Object> t = new LinkedHashMap<>();
          t.put("tag", key);
          t.put("values", values);
          out.add(t);
        });
    return out;
  }
}
