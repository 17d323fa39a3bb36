package org.aquastream.event.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The run's table: each figure with the baseline measured in the same run and their ratio, plus the
 * CPU split and the checks behind the figures, as text for the terminal and as Markdown for
 * docs/performance.md.
 */
final class Report {
  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** One figure: what was measured, its value, the baseline and their ratio. */
  record Row(
      String scenario,
      String figure,
      String value,
      String baseline,
      String baselineValue,
      String ratio) {}

  void add(
      String scenario,
      String figure,
      String value,
      String baseline,
      String baselineValue,
      String ratio) {
    Row row = new Row(scenario, figure, value, baseline, baselineValue, ratio);
    rows.add(row);
    System.out.printf(
        "  %s | %s: %s   [%s: %s, ratio %s]%n",
        scenario, figure, value, baseline, baselineValue, ratio);
  }

  void note(String note) {
    notes.add(note);
    System.out.println("  note: " + note);
  }

  static String rate(double perSecond) {
    String format = perSecond < 10 ? "%.1f/s" : "%,.0f/s";
    return String.format(Locale.ROOT, format, perSecond).replace(',', ' ');
  }

  static String ms(double millis) {
    return millis >= 100
        ? String.format(Locale.ROOT, "%.0f ms", millis)
        : String.format(Locale.ROOT, "%.1f ms", millis);
  }

  static String ratio(double value, double baseline) {
    return baseline == 0 ? "—" : String.format(Locale.ROOT, "%.2f", value / baseline);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
  }

  String text() {
    String[] header = {"scenario", "figure", "value", "baseline", "baseline value", "ratio"};
    int[] width = new int[header.length];
    List<String[]> table = new ArrayList<>();
    table.add(header);
    for (Row row : rows) {
      table.add(
          new String[] {
            row.scenario(),
            row.figure(),
            row.value(),
            row.baseline(),
            row.baselineValue(),
            row.ratio()
          });
    }
    for (String[] line : table) {
      for (int i = 0; i < line.length; i++) {
        width[i] = Math.max(width[i], line[i].length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] line : table) {
      for (int i = 0; i < line.length; i++) {
        text.append(String.format("%-" + width[i] + "s", line[i]))
            .append(i + 1 < line.length ? "  " : "");
      }
      text.append('\n');
    }
    notes.forEach(note -> text.append("- ").append(note).append('\n'));
    return text.toString();
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("| scenario | figure | value | baseline (same run) | baseline value | ratio |\n");
    md.append("|---|---|---:|---|---:|---:|\n");
    for (Row row : rows) {
      md.append("| ")
          .append(
              String.join(
                  " | ",
                  row.scenario(),
                  row.figure(),
                  row.value(),
                  row.baseline(),
                  row.baselineValue(),
                  row.ratio()))
          .append(" |\n");
    }
    if (!notes.isEmpty()) {
      md.append('\n');
      notes.forEach(note -> md.append("- ").append(note).append('\n'));
    }
    return md.toString();
  }
}
