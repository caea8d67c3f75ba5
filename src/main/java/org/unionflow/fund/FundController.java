package org.unionflow.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.platform.export.Csv;
import org.unionflow.platform.export.Exports;
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.security.Detail;
import org.unionflow.platform.security.ReadPolicy;
import org.unionflow.platform.security.Register;
import org.unionflow.platform.security.UnionFlowUser;
import org.unionflow.platform.web.SortableBy;

/**
 * The budget and the ledger of the caller's union, read-only: money is booked by the processes, by the
 * treasurer's tasks. A period's ledger and budget execution are for those who handle or supervise the money.
 */
@RestController
@RequestMapping("/api/fund")
@RequiredArgsConstructor
class FundController {

  private static final SortableBy SORTABLE = SortableBy.of("entryDate", "amount", "voucherNo", "bookedAt");

  private final FundLedgerService fund;
  private final CurrentUser currentUser;
  private final ReadPolicy policy;
  private final Clock clock;

  @GetMapping("/budget-lines")
  List<BudgetLineStatus> budgetLines(@RequestParam(required = false) Integer year) {
    return fund.lines(currentUser.unionOf(Register.BUDGET), year == null ? LocalDate.now(clock).getYear() : year);
  }

  @GetMapping("/ledger")
  Page<LedgerEntryView> ledger(@RequestParam(required = false) Integer year,
      @PageableDefault(size = 50, sort = "entryDate", direction = Sort.Direction.DESC) Pageable pageable) {
    int ledgerYear = year == null ? LocalDate.now(clock).getYear() : year;
    UnionFlowUser user = currentUser.get();
    return fund.ledger(policy.unionOf(user, Register.LEDGER), ledgerYear, SORTABLE.check(pageable))
        .map(e -> LedgerEntryView.of(e, shownBeneficiary(user, e.getBeneficiary())));
  }

  /** The ledger of a period with its income and expense totals by category. */
  @GetMapping("/ledger/period")
  LedgerPeriodView period(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    UnionFlowUser user = currentUser.get();
    return LedgerPeriodView.of(fund.period(policy.unionOf(user, Register.LEDGER), from, to),
        name -> shownBeneficiary(user, name));
  }

  @GetMapping(value = "/ledger.csv", produces = Exports.CSV_VALUE)
  ResponseEntity<byte[]> ledgerCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return Exports.csv("ledger-" + from + "-" + to, ledgerTable(from, to));
  }

  /** The same as the CSV, as a workbook whose amounts and dates stay numbers and dates. */
  @GetMapping(value = "/ledger.xlsx", produces = Exports.XLSX_VALUE)
  ResponseEntity<byte[]> ledgerXlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return Exports.xlsx("ledger-" + from + "-" + to, ledgerTable(from, to));
  }

  private Csv ledgerTable(LocalDate from, LocalDate to) {
    UnionFlowUser user = currentUser.get();
    LedgerPeriod period = fund.period(policy.unionOf(user, Register.LEDGER), from, to);
    return FundCsv.ledger(period, name -> shownBeneficiary(user, name));
  }

  /** Budget execution (预算执行) of every line of the years the period touches. */
  @GetMapping("/budget-execution")
  List<LineExecution> execution(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return fund.execution(currentUser.unionOf(Register.LEDGER), from, to);
  }

  @GetMapping(value = "/budget-execution.csv", produces = Exports.CSV_VALUE)
  ResponseEntity<byte[]> executionCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    List<LineExecution> lines = fund.execution(currentUser.unionOf(Register.LEDGER), from, to);
    return Exports.csv("budget-execution-" + from + "-" + to, FundCsv.execution(lines));
  }

  @GetMapping(value = "/budget-execution.xlsx", produces = Exports.XLSX_VALUE)
  ResponseEntity<byte[]> executionXlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    List<LineExecution> lines = fund.execution(currentUser.unionOf(Register.LEDGER), from, to);
    return Exports.xlsx("budget-execution-" + from + "-" + to, FundCsv.execution(lines));
  }

  private String shownBeneficiary(UnionFlowUser user, String name) {
    return policy.name(user, Detail.LEDGER_NAMES, name);
  }
}
