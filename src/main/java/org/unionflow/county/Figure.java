package org.unionflow.county;

/** One number of the year's figures, with the label the page, the workbook and the report print. */
enum Figure {
  MEMBERS("Members / 会员", false),
  RETIREES("Retired members / 退休会员", false),
  OFFICERS("Union officers / 工会干部", false),
  CONGRESS_SESSIONS("Congress sessions held / 召开教代会", false),
  MOTIONS_FILED("Motions filed / 提案", false),
  MOTIONS_ACCEPTED("Motions accepted / 立案", false),
  MOTIONS_CONVERTED("Converted to suggestions / 转意见建议", false),
  MOTIONS_ANSWERED("Motions answered / 已答复", false),
  MOTIONS_WITH_FEEDBACK("Feedback given / 已反馈", false),
  MOTIONS_SATISFIED("Satisfied / 满意及基本满意", false),
  VISITS("Visits / 走访慰问", false),
  VISIT_MONEY("Condolence money paid / 慰问金", true),
  MEMBERS_AIDED("Members aided / 帮扶职工", false),
  AID_AMOUNT("Aid paid / 帮扶金额", true),
  HARDSHIP_FILES_OPEN("Hardship files open / 在档困难职工", false),
  HARDSHIP_FILES_REVIEWED("Hardship files reviewed / 档案复核", false),
  EXPENSES_PAID("Expenses paid / 经费支出笔数", false),
  EXPENSE_AMOUNT("Expenses amount / 经费支出金额", true),
  BUDGET("Budget / 预算", true),
  SPENT("Spent / 已支出", true),
  AUDITS_DONE("Fund audits done / 经费审查", false),
  AUDIT_FINDINGS_OPEN("Audit findings open / 未整改问题", false),
  AID_NOTICES("Aid notices published / 帮扶公示", false),
  MOTIONS_PUBLISHED("Motion results published / 提案办理结果公开", false),
  AUDIT_REPORTS_PUBLISHED("Audit reports published / 审查报告公示", false);

  private final String label;
  private final boolean money;

  Figure(String label, boolean money) {
    this.label = label;
    this.money = money;
  }

  String label() {
    return label;
  }

  boolean money() {
    return money;
  }
}
