package org.unionflow.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.unionflow.platform.Money;

/** A member's hardship file (困难职工档案): level, since, aid received, next review, history. */
record HardshipFileView(String memberStaffNo, String memberName, HardshipLevel level, String levelLabel,
    LocalDate since, LocalDate nextReviewOn, boolean closed, BigDecimal aidReceivedTotal, List<Aid> aidReceived,
    List<Change> history) {

  record Aid(String businessKey, LocalDate paidOn, BigDecimal amount, String voucherNo) {
  }

  record Change(LocalDate changedOn, String whatChanged, String changedBy, String businessKey) {
  }

  static HardshipFileView of(HardshipFile f, List<AidCase> paid, List<HardshipFileChange> history) {
    return new HardshipFileView(f.getMember().getStaffNo(), f.getMember().getName(), f.getHardshipLevel(),
        f.getHardshipLevel().label(), f.getSince(), f.getNextReviewOn(), f.isClosed(),
        Money.of(paid.stream().map(AidCase::getApprovedAmount).reduce(BigDecimal.ZERO, BigDecimal::add)),
        paid.stream().map(c -> new Aid(c.getBusinessKey(), c.getPaidOn(), c.getApprovedAmount(), c.getVoucherNo()))
            .toList(),
        history.stream().map(h -> new Change(h.getChangedOn(), h.getWhatChanged(), h.getChangedBy(),
            h.getBusinessKey())).toList());
  }
}
