package org.unionflow.platform.security;

/**
 * The union's registers (台账) as the read policy names them; the floor knows their names, the features their
 * rows. Each has a bilingual label for the pages and for refusals.
 */
public enum Register {
  MEMBERS("Member register / 会员档案"),
  VISITS("Visit ledger / 走访台账"),
  MOTIONS("Motion register / 提案登记"),
  HARDSHIP_FILES("Hardship files / 困难职工档案"),
  AID_CASES("Aid cases / 帮扶案件"),
  AID_NOTICES("Notice board / 公示栏"),
  BUDGET("Budget lines / 预算科目"),
  LEDGER("Fund ledger / 经费收支账"),
  EXPENSES("Expenses / 经费支出"),
  AUDITS("Fund audits / 经费审查"),
  AUDIT_REPORTS("Published audit reports / 审查报告公示"),
  TRAIL("Approval trail of every case / 全部审批轨迹");

  private final String label;

  Register(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
