package org.unionflow.expenses;

import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.platform.Groups;
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.security.Register;
import org.unionflow.platform.security.UnionFlowUser;
import org.unionflow.platform.web.SortableBy;
import org.unionflow.trail.ApprovalTrail;

/** Expense requests of the caller's union; they are made and decided in the process, only withdrawn here. */
@RestController
@RequestMapping("/api/fund/expenses")
class ExpenseController {

  private static final SortableBy SORTABLE = SortableBy.of("requestedAt", "plannedDate", "amount", "businessKey",
      "status");

  private final FundExpenseService expenses;
  private final ApprovalTrail trail;
  private final CurrentUser currentUser;

  ExpenseController(FundExpenseService expenses, ApprovalTrail trail, CurrentUser currentUser) {
    this.expenses = expenses;
    this.trail = trail;
    this.currentUser = currentUser;
  }

  /** By status, category and a period of planned dates (from and to inclusive). */
  @GetMapping
  Page<ExpenseView> list(@RequestParam(required = false) ExpenseStatus status,
      @RequestParam(required = false) BudgetCategory category,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @PageableDefault(size = 20, sort = "requestedAt", direction = Sort.Direction.DESC) Pageable pageable) {
    String unionId = currentUser.unionOf(Register.EXPENSES);
    if (from != null && to != null) {
      FundLedgerService.checkPeriod(from, to, "from", "to");
    }
    return expenses.search(unionId, status, category, from, to, SORTABLE.check(pageable)).map(ExpenseView::of);
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
