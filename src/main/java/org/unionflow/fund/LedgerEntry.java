package org.unionflow.fund;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.unionflow.platform.Money;
import org.unionflow.platform.UnionRow;

/** One booking of the fund ledger; written once, never changed (a correction is a new entry). */
@Entity
@Table(name = "uf_ledger_entry")
@Getter
public class LedgerEntry extends UnionRow {

  private LocalDate entryDate;
  private BigDecimal amount;

  @Enumerated(EnumType.STRING)
  private Direction direction;

  @Enumerated(EnumType.STRING)
  private BudgetCategory category;

  @ManyToOne(optional = false)
  @JoinColumn(name = "budget_line_id")
  private BudgetLine budgetLine;

  private String voucherNo;
  private String description;
  private String businessKey;
  private String processInstanceId;
  private String bookedBy;
  private Instant bookedAt;
  /** The member paid, if any; readers see it as the read policy says. */
  private String beneficiary;

  protected LedgerEntry() {
  }

  LedgerEntry(BudgetLine line, Payment payment, String voucherNo, Instant bookedAt) {
    super(line.getUnionId());
    this.entryDate = payment.date();
    this.amount = Money.of(payment.amount());
    this.direction = Direction.EXPENSE;
    this.category = line.getCategory();
    this.budgetLine = line;
    this.voucherNo = voucherNo;
    this.description = payment.description();
    this.businessKey = payment.businessKey();
    this.processInstanceId = payment.processInstanceId();
    this.bookedBy = payment.bookedBy();
    this.bookedAt = bookedAt;
    this.beneficiary = payment.beneficiary();
  }
}
