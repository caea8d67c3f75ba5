package org.unionflow.county;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates as the motion statistics give them: a fraction with four places, null when nothing to divide by. */
final class Rates {

  private Rates() {
  }

  static BigDecimal of(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
  }

  /** 0.8750 as 87.5%. */
  static String percent(BigDecimal rate) {
    return rate == null ? "—" : rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
