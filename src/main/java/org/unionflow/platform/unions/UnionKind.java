package org.unionflow.platform.unions;

/** The level of a union in the tree: base unions hold the cases, the levels above read them. */
public enum UnionKind {
  BASE("Base union / 基层工会"),
  COUNTY("County union / 县（区）教育工会"),
  CITY("City union / 市教育工会");

  private final String label;

  UnionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
