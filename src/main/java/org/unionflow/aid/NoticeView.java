package org.unionflow.aid;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the public notice (公示), with the name as the read policy shows it to the reader (张* for most). */
record NoticeView(String businessKey, String memberName, AidCategory category, HardshipLevel level,
    BigDecimal approvedAmount, LocalDate noticeStarts, LocalDate noticeEnds) {

  static NoticeView of(AidCase c, String shownName) {
    return new NoticeView(c.getBusinessKey(), shownName, c.getCategory(), c.getHardshipLevel(),
        c.getApprovedAmount(), c.getNoticeStarts(), c.getNoticeEnds());
  }
}
