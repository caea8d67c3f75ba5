package org.unionflow.fund;

import java.util.List;
import java.util.function.UnaryOperator;
import org.unionflow.platform.export.Csv;

/** The fund's registers as CSV, with bilingual headers as the union's paper ledgers have. */
final class FundCsv {

  private FundCsv() {
  }

  /** The period's entries and totals; {@code shown} gives a beneficiary's name as the reader may see it. */
  static Csv ledger(LedgerPeriod period, UnaryOperator<String> shown) {
    Csv csv = Csv.withHeader("Date / 日期", "Voucher / 凭证号", "Direction / 收支", "Category / 类别",
        "Budget line / 预算科目", "Amount / 金额", "Description / 摘要", "Beneficiary / 受助人", "Case / 业务编号",
        "Booked by / 记账人");
    for (LedgerEntry e : period.entries()) {
      csv.row(e.getEntryDate(), e.getVoucherNo(), e.getDirection(), e.getCategory(), e.getBudgetLine().getName(),
          e.getAmount(), e.getDescription(), shown.apply(e.getBeneficiary()), e.getBusinessKey(), e.getBookedBy());
    }
    for (LedgerPeriod.CategoryTotal total : period.byCategory()) {
      csv.row(null, null, "TOTAL / 合计", total.category(), total.label(), total.expense(), null, null, null, null);
    }
    return csv;
  }

  static Csv execution(List<LineExecution> lines) {
    Csv csv = Csv.withHeader("Year / 年度", "Category / 类别", "Budget line / 预算科目", "Budget / 预算数",
        "Spent in period / 本期支出", "Spent in year / 本年累计", "Remaining / 余额");
    for (LineExecution line : lines) {
      csv.row(line.year(), line.category(), line.name(), line.amount(), line.spentInPeriod(), line.spentInYear(),
          line.remaining());
    }
    return csv;
  }
}
