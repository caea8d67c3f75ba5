package org.unionflow;

import java.time.LocalDate;
import java.time.ZoneId;

/** The union's calendar in tests: the app counts days in {@code unionflow.zone} (default Asia/Shanghai), not the JVM's. */
public final class UnionDay {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private UnionDay() {
  }

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
