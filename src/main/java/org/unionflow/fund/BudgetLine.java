package org.unionflow.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import lombok.Getter;
import org.unionflow.platform.Money;
import org.unionflow.platform.UnionRow;

/** The amount a base union may spend on one category in one year. */
@Entity
@Table(name = "uf_budget_line")
public class BudgetLine extends UnionRow {

  @Column(name = "budget_year")
  @Getter private int year;

  @Enumerated(EnumType.STRING)
  @Getter private BudgetCategory category;

  @Getter private String name;
  @Getter private BigDecimal amount;

  @Version
  private int version;

  protected BudgetLine() {
  }

  public BudgetLine(String unionId, int year, BudgetCategory category, String name, BigDecimal amount) {
    super(unionId);
    this.year = year;
    this.category = category;
    this.name = name;
    this.amount = Money.of(amount);
  }
}
