package org.unionflow.aid;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A line of the hardship files' page: whose file, its level, and how soon its yearly review falls due. */
record HardshipFileRow(String memberStaffNo, String memberName, String unionGroup, String department,
    HardshipLevel level, String levelLabel, LocalDate since, LocalDate nextReviewOn, Long daysToReview,
    boolean closed) {

  static HardshipFileRow of(HardshipFile f, LocalDate today) {
    return new HardshipFileRow(f.getMember().getStaffNo(), f.getMember().getName(), f.getMember().getUnionGroup(),
        f.getMember().getDepartment(), f.getHardshipLevel(), f.getHardshipLevel().label(), f.getSince(),
        f.getNextReviewOn(), f.getNextReviewOn() == null ? null : ChronoUnit.DAYS.between(today, f.getNextReviewOn()),
        f.isClosed());
  }
}
