package org.unionflow.expenses;

import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.platform.Groups;
import org.unionflow.platform.export.Csv;
import org.unionflow.platform.export.Exports;
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.security.Register;
import org.unionflow.platform.security.UnionFlowUser;
import org.unionflow.platform.steps.ProcessSteps;
import org.unionflow.platform.steps.StepQuery;
import org.unionflow.platform.web.SortableBy;
import org.unionflow.trail.ApprovalTrail;

/** Expense requests of the caller's union; they are made and decided in the process, only withdrawn here. */
@RestController
@RequestMapping("/api/fund/expenses")
@RequiredArgsConstructor
class ExpenseController {

  private static final SortableBy SORTABLE = SortableBy.of("requestedAt", "plannedDate", "amount", "businessKey",
      "status");

  private final FundExpenseService expenses;
  private final ProcessSteps steps;
  private final ApprovalTrail trail;
  private final CurrentUser currentUser;
  private final Clock clock;

  /** By status, category, a period of planned dates (from and to inclusive) and the step the request waits at. */
  @GetMapping
  Page<ExpenseView> list(@RequestParam(required = false) ExpenseStatus status,
      @RequestParam(required = false) BudgetCategory category,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, StepQuery at,
      @PageableDefault(size = 20, sort = "requestedAt", direction = Sort.Direction.DESC) Pageable pageable) {
    String unionId = currentUser.unionOf(Register.EXPENSES);
    if (from != null && to != null) {
      FundLedgerService.checkPeriod(from, to, "from", "to");
    }
    return expenses.search(unionId, status, category, from, to, steps.cases(unionId, ExpenseProcess.KEY, at),
        SORTABLE.check(pageable)).map(ExpenseView::of);
  }

  /** The requests as filtered, in the order they came in, for the page's downloads. */
  @GetMapping(Exports.TABLE_PATH)
  ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) ExpenseStatus status,
      @RequestParam(required = false) BudgetCategory category,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, StepQuery at) {
    String unionId = currentUser.unionOf(Register.EXPENSES);
    if (from != null && to != null) {
      FundLedgerService.checkPeriod(from, to, "from", "to");
    }
    Csv csv = Csv.withHeader("Case / 编号", "Purpose / 事由", "Category / 类别", "Budget line / 预算科目",
        "Amount / 金额", "Payee / 收款人", "Planned date / 计划日期", "Requested by / 申请人",
        "Requested / 申请时间", "Status / 状态", "Paid on / 支付日期", "Voucher / 凭证号").inZone(clock.getZone());
    expenses.search(unionId, status, category, from, to, steps.cases(unionId, ExpenseProcess.KEY, at),
        PageRequest.of(0, Exports.ROW_LIMIT, Sort.by("requestedAt")))
        .forEach(e -> csv.row(e.getBusinessKey(), e.getPurpose(), e.getCategory(), e.getBudgetLine().getName(),
            e.getAmount(), e.getPayee(), e.getPlannedDate(), e.getRequestedBy(), e.getRequestedAt(), e.getStatus(),
            e.getPaidOn(), e.getVoucherNo()));
    return Exports.table(format, "expenses", csv);
  }

  @GetMapping("/{businessKey}")
  ExpenseView get(@PathVariable String businessKey) {
    Expense expense = expenses.find(currentUser.unionOf(Register.EXPENSES), businessKey);
    return ExpenseView.of(expense, expenses.votes(expense), trail.of(expense.getProcessInstanceId()));
  }

  /** The requester or the chair withdraws an expense not yet paid; nothing is booked. */
  @PostMapping("/{businessKey}/withdrawal")
  ExpenseView withdraw(@PathVariable String businessKey) {
    UnionFlowUser user = currentUser.get();
    Expense expense = expenses.withdraw(user.union(), businessKey, user.id(), user.inGroup(Groups.CHAIR));
    return ExpenseView.of(expenses.find(user.union(), expense.getBusinessKey()));
  }
}
