package org.unionflow.audit;

import static org.unionflow.audit.AuditProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.unionflow.platform.forms.Choices;
import org.unionflow.platform.forms.Choices.Choice;

/**
 * What the audit's forms start with: the package summary, and for each list one row per sampled voucher or open
 * finding, named by a read-only choice whose label says what the row is about (so nobody reads or types an id).
 */
final class AuditForms {

  private AuditForms() {
  }

  /** The package as the treasurer's form shows it. */
  static String packageSummary(AuditPackage p) {
    StringBuilder text = new StringBuilder("Income / 收入: " + p.incomeTotal().toPlainString() + " · Expense / 支出: "
        + p.expenseTotal().toPlainString() + " · Vouchers / 凭证: " + p.vouchers().size() + "\n");
    p.ledger().byCategory().forEach(c -> text.append("\n- ").append(c.label()).append(": ")
        .append(c.expense().toPlainString()));
    return text.toString();
  }

  /** The sampled vouchers as the review's rows name them: number, amount and why it was drawn. */
  static TypedValue voucherChoices(List<AuditSample> samples) {
    return Choices.variable(samples.stream().map(s -> new Choice(s.getVoucherNo() + " · "
        + s.getAmount().toPlainString() + " 元 · " + (AuditSample.ABOVE_THRESHOLD.equals(s.getReason())
            ? "超过抽查金额 / above the threshold" : "随机抽取 / drawn at random"), s.getVoucherNo())).toList());
  }

  /** An auditor's review starts with one row per sampled voucher, its result still to choose. */
  static TypedValue reviewRows(List<AuditSample> samples) {
    return Choices.rows(samples.stream().map(s -> Map.of(VOUCHER_NO, s.getVoucherNo())).toList());
  }

  /** The open findings as the rectification's rows name them: the voucher, who found what, why it is still open. */
  static TypedValue findingChoices(List<AuditFinding> open) {
    return Choices.variable(open.stream().map(f -> new Choice(describe(f), f.getId().toString())).toList());
  }

  /** The findings with their responses, as the re-check's rows name them. */
  static TypedValue respondedFindingChoices(List<AuditFinding> open) {
    return Choices.variable(open.stream().map(f -> new Choice(describe(f) + " → 整改 / response: " + f.getResponse(),
        f.getId().toString())).toList());
  }

  /** The rectification and the re-check start with one row per open finding. */
  static TypedValue findingRows(List<AuditFinding> open) {
    return Choices.rows(open.stream().map(f -> Map.of(FINDING, f.getId().toString())).toList());
  }

  private static String describe(AuditFinding f) {
    return f.getVoucherNo() + " · " + f.getAuditor() + "：" + f.getText()
        + (f.getRecheckNote() == null ? "" : "（复查 / re-check: " + f.getRecheckNote() + "）");
  }
}
