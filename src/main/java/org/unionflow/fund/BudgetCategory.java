package org.unionflow.fund;

import org.unionflow.platform.Labelled;

/** What union money is spent on; one budget line per category and year. */
public enum BudgetCategory implements Labelled {
  CONDOLENCE("Condolence / 慰问"),
  HARDSHIP_AID("Hardship aid / 困难帮扶"),
  CULTURE_SPORTS("Culture and sports / 文体活动"),
  EDUCATION("Education and training / 教育培训"),
  ADMINISTRATION("Administration / 行政支出"),
  OTHER("Other / 其他");

  private final String label;

  BudgetCategory(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
