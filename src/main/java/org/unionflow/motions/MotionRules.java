package org.unionflow.motions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable numbers of motion handling ({@code unionflow.motions.*}).
 *
 * @param minCoSigners         co-signing representatives a motion needs besides its proposer
 * @param deadlineDays         default days the departments get to reply
 * @param reminderDaysBefore   days before the deadline the departments are reminded
 * @param feedbackDays         days the proposer has to give feedback before "no feedback" is recorded
 * @param maxUnsatisfiedRounds unsatisfied rounds after which the committee decides
 */
@ConfigurationProperties("unionflow.motions")
record MotionRules(@DefaultValue("2") int minCoSigners, @DefaultValue("30") int deadlineDays,
    @DefaultValue("5") int reminderDaysBefore, @DefaultValue("10") int feedbackDays,
    @DefaultValue("2") int maxUnsatisfiedRounds) {

  String feedbackWait() {
    return "P" + feedbackDays + "D";
  }
}
