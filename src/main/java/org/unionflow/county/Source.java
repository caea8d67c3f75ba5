package org.unionflow.county;

import org.unionflow.platform.security.Register;

/** The register behind a figure, as the drill-down lists its rows; each maps to the read policy's register. */
enum Source {
  CONGRESS("Congress sessions / 教代会届次", Register.MOTIONS),
  MOTIONS("Motions / 提案", Register.MOTIONS),
  VISITS("Visits / 走访慰问", Register.VISITS),
  AID("Aid paid / 帮扶发放", Register.AID_CASES),
  HARDSHIP_FILES("Hardship files / 困难职工档案", Register.HARDSHIP_FILES),
  EXPENSES("Expenses paid / 经费支出", Register.EXPENSES),
  LEDGER("Budget spending / 预算支出", Register.LEDGER),
  AUDITS("Fund audits / 经费审查", Register.AUDITS);

  private final String label;
  private final Register register;

  Source(String label, Register register) {
    this.label = label;
    this.register = register;
  }

  String label() {
    return label;
  }

  Register register() {
    return register;
  }
}
