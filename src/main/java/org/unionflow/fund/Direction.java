package org.unionflow.fund;

public enum Direction {
  INCOME,
  EXPENSE
}
