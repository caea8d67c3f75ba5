package org.unionflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every figure of a run, printed as a table and written as JSON and CSV. */
final class Results {

  record Figure(String section, String subject, String metric, double value, String unit) {
  }

  private final List<Figure> figures = new ArrayList<>();
  private final Map<String, Object> setting = new LinkedHashMap<>();

  void setting(String name, Object value) {
    setting.put(name, value);
  }

  synchronized void add(String section, String subject, String metric, double value, String unit) {
    figures.add(new Figure(section, subject, metric, value, unit));
    System.out.printf(Locale.ROOT, "  %-10s %-34s %-26s %12.2f %s%n", section, subject, metric, value, unit);
  }

  List<Figure> figures() {
    return List.copyOf(figures);
  }

  void write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("setting", setting);
    json.put("figures", figures);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(directory.resolve("results.json")
        .toFile(), json);
    StringBuilder csv = new StringBuilder("section,subject,metric,value,unit\n");
    for (Figure figure : figures) {
      csv.append(String.format(Locale.ROOT, "%s,%s,%s,%.3f,%s%n", figure.section(), figure.subject(),
          figure.metric(), figure.value(), figure.unit()));
    }
    Files.writeString(directory.resolve("results.csv"), csv, StandardCharsets.UTF_8);
  }

  void printTable(PrintStream out) {
    out.println();
    out.println("UnionFlow benchmark " + setting);
    out.printf("%-10s | %-34s | %-26s | %12s | %s%n", "section", "subject", "metric", "value", "unit");
    out.println("-".repeat(100));
    for (Figure figure : figures) {
      out.printf(Locale.ROOT, "%-10s | %-34s | %-26s | %12.2f | %s%n", figure.section(), figure.subject(),
          figure.metric(), figure.value(), figure.unit());
    }
  }
}
