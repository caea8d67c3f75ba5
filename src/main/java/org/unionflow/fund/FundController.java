package org.unionflow.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.web.SortableBy;

/** The budget and the ledger of the caller's union, read-only: money is booked by the processes. */
@RestController
@RequestMapping("/api/fund")
class FundController {

  private static final SortableBy SORTABLE = SortableBy.of("entryDate", "amount", "voucherNo", "bookedAt");

  private final FundLedgerService fund;
  private final CurrentUser currentUser;
  private final Clock clock;

  FundController(FundLedgerService fund, CurrentUser currentUser, Clock clock) {
    this.fund = fund;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping("/budget-lines")
  List<BudgetLineStatus> budgetLines(@RequestParam(required = false) Integer year) {
    return fund.lines(currentUser.get().union(), year == null ? LocalDate.now(clock).getYear() : year);
  }

  @GetMapping("/ledger")
  Page<LedgerEntryView> ledger(@RequestParam(required = false) Integer year,
      @PageableDefault(size = 50, sort = "entryDate", direction = Sort.Direction.DESC) Pageable pageable) {
    int ledgerYear = year == null ? LocalDate.now(clock).getYear() : year;
    return fund.ledger(currentUser.get().union(), ledgerYear, SORTABLE.check(pageable)).map(LedgerEntryView::of);
  }
}
