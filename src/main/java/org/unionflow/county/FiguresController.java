package org.unionflow.county;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.platform.export.Exports;
import org.unionflow.platform.security.CurrentUser;

/**
 * The year's figures over REST: {@code ?year=2026&period=h1} (year, h1, h2 or months 03-05; this year and the
 * whole year when left out), a base union's own, the rows behind one of its figures, and the downloads.
 */
@RestController
@RequestMapping("/api/county")
@RequiredArgsConstructor
class FiguresController {

  private final CountyFigures figures;
  private final CurrentUser currentUser;
  private final Clock clock;

  @GetMapping("/figures")
  CountyFigures.Report report(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) String period) {
    return figures.report(currentUser.get(), period(year, period));
  }

  @GetMapping(value = "/figures.xlsx", produces = Exports.XLSX_VALUE)
  ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) String period) {
    CountyFigures.Report report = report(year, period);
    return Exports.xlsx(fileName(report), FiguresExports.workbook(report));
  }

  @GetMapping(value = "/figures.pdf", produces = Exports.PDF_VALUE)
  ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) String period) {
    CountyFigures.Report report = report(year, period);
    return Exports.pdf(fileName(report), FiguresExports.pdf(report));
  }

  @GetMapping("/figures/{unionId}")
  UnionFigures union(@PathVariable String unionId, @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String period) {
    return figures.union(currentUser.get(), unionId, period(year, period));
  }

  @GetMapping("/figures/{unionId}/rows")
  List<FigureRows.Row> rows(@PathVariable String unionId, @RequestParam Source source,
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String period) {
    return figures.rows(currentUser.get(), unionId, source, period(year, period));
  }

  private FiguresPeriod period(Integer year, String period) {
    return FiguresPeriod.of(year == null ? LocalDate.now(clock).getYear() : year, period);
  }

  private static String fileName(CountyFigures.Report report) {
    return "figures-" + report.unionId() + "-" + report.year() + "-" + report.period();
  }
}
