package org.unionflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Proves the benchmark still runs end to end, at the smallest scale: every section reports its figures and the
 * files are written. It asserts nothing about time; the figures of a real run belong in docs/BENCHMARKS.md.
 */
class BenchmarkSmokeSystemTests {

  private static final Path OUT = Path.of("target", "benchmark-smoke");

  @Test
  void everySectionReportsItsFiguresAtSmokeScale() throws Exception {
    Results results = new Benchmark(OUT, "h2", Scale.SMOKE, Set.of(Benchmark.ALL_SECTIONS.split(","))).run();

    assertThat(results.figures().stream().map(Results.Figure::section).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("per-case", "rest", "rest-auth", "inbox", "county-figures", "registers", "history",
            "startup");
    assertThat(subjects(results, "per-case")).containsExactlyInAnyOrder("fiveMandatoryVisits (3 user tasks)",
        "congressMotion (6 user tasks)", "hardshipAid (5 user tasks)", "expenseApproval (2 user tasks)");
    assertThat(values(results, "per-case", "ratio")).hasSize(4).allSatisfy(ratio -> assertThat(ratio).isPositive());
    assertThat(values(results, "per-case", "ratio vs same models")).hasSize(4)
        .allSatisfy(ratio -> assertThat(ratio).isPositive());
    assertThat(values(results, "per-case", "ratio vs same models, median of rounds")).hasSize(4)
        .allSatisfy(ratio -> assertThat(ratio).isPositive());
    assertThat(values(results, "per-case", "same models history rows")).hasSize(4)
        .allSatisfy(rows -> assertThat(rows).isPositive());
    assertThat(values(results, "rest", "cases/s")).hasSize(Scale.SMOKE.clients().size())
        .allSatisfy(rate -> assertThat(rate).isPositive());
    assertThat(values(results, "rest", "requests")).allSatisfy(requests -> assertThat(requests).isGreaterThan(0));
    assertThat(values(results, "inbox", "first page p50")).hasSize(Scale.SMOKE.openTasks().size());
    assertThat(values(results, "inbox", "chair: a process's tasks p50")).hasSize(Scale.SMOKE.openTasks().size());
    assertThat(values(results, "inbox", "chair: running instances p50")).hasSize(Scale.SMOKE.openTasks().size());
    assertThat(values(results, "registers", "first page p50")).hasSize(7 * Scale.SMOKE.registerRows().size());
    assertThat(values(results, "registers", "/api/fund/budget-execution p50")).hasSize(Scale.SMOKE.registerRows().size());
    assertThat(subjects(results, "registers")).anyMatch(subject -> subject.startsWith("uf_hardship_file"));
    assertThat(values(results, "county-figures", "REST p50")).hasSize(3).allSatisfy(millis -> assertThat(millis)
        .isPositive());
    assertThat(values(results, "county-figures", "XLSX p50")).hasSize(3);
    assertThat(values(results, "history", "dashboard p50")).hasSize(2);
    assertThat(values(results, "history", "rows removed")).singleElement()
        .satisfies(removed -> assertThat(removed).isPositive());
    assertThat(values(results, "startup", "ready p50")).hasSize(4).allSatisfy(millis -> assertThat(millis)
        .isPositive());
    assertThat(subjects(results, "startup")).contains("UnionFlow, first start", "UnionFlow, restart");

    JsonNode written = new ObjectMapper().readTree(OUT.resolve("results.json").toFile());
    assertThat(written.get("figures")).hasSize(results.figures().size());
    assertThat(written.get("setting").get("scale").asText()).isEqualTo("smoke");
    assertThat(Files.readAllLines(OUT.resolve("results.csv"))).hasSize(results.figures().size() + 1)
        .first().isEqualTo("section,subject,metric,value,unit");
  }

  private static Set<String> subjects(Results results, String section) {
    return results.figures().stream().filter(figure -> figure.section().equals(section))
        .map(Results.Figure::subject).collect(Collectors.toSet());
  }

  private static List<Double> values(Results results, String section, String metric) {
    return results.figures().stream().filter(figure -> figure.section().equals(section))
        .filter(figure -> figure.metric().equals(metric)).map(Results.Figure::value).toList();
  }
}
