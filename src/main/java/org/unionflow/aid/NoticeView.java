package org.unionflow.aid;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the public notice (公示); the name is masked to the family name (张*) for most readers. */
record NoticeView(String businessKey, String memberName, AidCategory category, HardshipLevel level,
    BigDecimal approvedAmount, LocalDate noticeStarts, LocalDate noticeEnds) {

  static NoticeView of(AidCase c, boolean showName) {
    String name = c.getMember().getName();
    return new NoticeView(c.getBusinessKey(), showName ? name : mask(name), c.getCategory(), c.getHardshipLevel(),
        c.getApprovedAmount(), c.getNoticeStarts(), c.getNoticeEnds());
  }

  /** Keeps the family name: the first character of a Chinese name (compound surnames are not told apart). */
  static String mask(String name) {
    return name == null || name.isEmpty() ? name : name.substring(0, 1) + "*";
  }
}
