package org.unionflow.expenses;

import static org.unionflow.expenses.ExpenseProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.platform.Money;
import org.unionflow.platform.forms.Choices.Choice;
import org.unionflow.platform.forms.FormInputCheck;
import org.unionflow.platform.forms.StartFormOptions;

/**
 * Expense approval's own rules for what its forms submit, beyond the constraints the forms declare. Needs no
 * engine service: the engine itself is built with these checks.
 */
@Configuration
@RequiredArgsConstructor
class ExpenseFormChecks {

  private final FundLedgerService ledger;
  private final Clock clock;

  /**
   * The budget line picker of the request form: this year's lines of the union with money left, by name;
   * the form sends the line's id.
   */
  @Bean
  StartFormOptions budgetLineChoices() {
    return new StartFormOptions(BUDGET_LINE_CHOICES, unionId -> ledger.lines(unionId, LocalDate.now(clock).getYear())
        .stream()
        .filter(line -> line.remaining().signum() > 0)
        .map(line -> new Choice(line.name() + " · 余额 / left " + Money.yuan(line.remaining()), line.id().toString(),
            line.category().name()))
        .toList());
  }

  /** The line must be one of the union's, of the category and of the year the money is to be spent. */
  @Bean
  FormInputCheck requestExpenseCheck() {
    return new FormInputCheck(FORM_REQUEST_EXPENSE, (unionId, in, errors) -> {
      String chosen = in.text(BUDGET_LINE_ID);
      if (!chosen.chars().allMatch(Character::isDigit) || chosen.length() > 18) {
        return; // no line's id: refused as not one of the listed lines
      }
      long lineId = Long.parseLong(chosen);
      ledger.line(unionId, lineId).ifPresentOrElse(line -> {
        String name = "「" + line.getName() + "」";
        if (!line.getCategory().name().equals(in.text(CATEGORY))) {
          errors.reject(BUDGET_LINE_ID, "预算科目" + name + "属于" + line.getCategory().label() + "，与所选类别不符 / "
              + "budget line " + name + " is for " + line.getCategory().label() + ", not the chosen category");
        } else if (line.getYear() != in.date(PLANNED_DATE).getYear()) {
          errors.reject(PLANNED_DATE, "预算科目" + name + "属于 " + line.getYear() + " 年度 / budget line " + name
              + " is for " + line.getYear());
        } else if (ledger.remaining(unionId, line.getYear(), line.getCategory()).signum() <= 0) {
          // spent out since the form was opened: the list no longer offers it
          errors.reject(BUDGET_LINE_ID, "预算科目" + name + "已无余额，请选择其他科目 / budget line " + name
              + " has no money left; choose another");
        }
      }, () -> errors.reject(BUDGET_LINE_ID, "本工会没有此预算科目 / no such budget line in this union"));
    });
  }

  @Bean
  FormInputCheck approveExpenseCheck() {
    return new FormInputCheck(FORM_APPROVE_EXPENSE, (unionId, in, errors) -> {
      if (REFUSED.equals(in.text(APPROVAL)) && in.text(APPROVAL_COMMENT) == null) {
        errors.reject(APPROVAL_COMMENT, "请说明不同意的理由 / give the reason for refusing");
      }
    });
  }

  @Bean
  FormInputCheck payExpenseCheck() {
    return new FormInputCheck(FORM_PAY_EXPENSE, (unionId, in, errors) -> {
      LocalDate paidOn = in.date(PAID_ON);
      if (paidOn.isAfter(LocalDate.now(clock))) {
        errors.reject(PAID_ON, "不能晚于今天 / cannot be in the future");
      }
    });
  }
}
