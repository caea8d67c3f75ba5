package org.unionflow.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Yuan with two decimal places; anything finer is refused rather than rounded away. */
public final class Money {

  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private Money() {
  }

  /** The amount with scale 2; throws if it has more than two decimal places. */
  public static BigDecimal of(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** The amount as people read it: ¥1,234.50. */
  public static String yuan(BigDecimal amount) {
    return String.format(Locale.ROOT, "¥%,.2f", amount);
  }

  /** Reads a submitted value (number or text) as yuan; null when it is no amount of money. */
  public static BigDecimal parse(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return of(new BigDecimal(value.toString().trim()));
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }
}
