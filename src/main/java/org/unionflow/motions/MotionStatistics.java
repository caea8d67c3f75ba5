package org.unionflow.motions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The figures of one congress session. Handling rate (提案办理落实率) = answered / accepted; satisfaction rate =
 * satisfied and basically satisfied over those who gave feedback. Rates are fractions with four places, null
 * when there is nothing to divide by.
 */
record MotionStatistics(Long sessionId, String session, int filed, int accepted, int converted, int merged,
    int rejected, int answered, int answeredOnTime, int overdue, int withFeedback, int satisfied,
    BigDecimal handlingRate, BigDecimal satisfactionRate) {

  static final String CSV_HEADER = "session,filed,accepted,converted,merged,rejected,answered,answered_on_time,"
      + "overdue,with_feedback,satisfied,handling_rate,satisfaction_rate";

  /** The figures as of the union's today; "on time" is by the end of the deadline day in the union's zone. */
  static MotionStatistics of(CongressSession session, List<Motion> motions, LocalDate today, ZoneId zone) {
    List<Motion> accepted = motions.stream().filter(Motion::accepted).toList();
    int answered = (int) accepted.stream().filter(motion -> motion.getAnsweredAt() != null).count();
    List<Motion> withFeedback = accepted.stream()
        .filter(motion -> motion.getFeedback() != null && motion.getFeedback().counts()).toList();
    int satisfied = (int) withFeedback.stream().filter(motion -> motion.getFeedback().satisfied()).count();
    return new MotionStatistics(session.getId(), session.getName(), motions.size(), accepted.size(),
        count(motions, ReviewDecision.CONVERT), count(motions, ReviewDecision.MERGE),
        count(motions, ReviewDecision.REJECT), answered,
        (int) accepted.stream().filter(motion -> motion.answeredOnTime(zone)).count(),
        (int) accepted.stream().filter(motion -> motion.overdue(today, zone)).count(),
        withFeedback.size(), satisfied, rate(answered, accepted.size()), rate(satisfied, withFeedback.size()));
  }

  String csvRow() {
    return String.join(",", quoted(session), String.valueOf(filed), String.valueOf(accepted),
        String.valueOf(converted), String.valueOf(merged), String.valueOf(rejected), String.valueOf(answered),
        String.valueOf(answeredOnTime), String.valueOf(overdue), String.valueOf(withFeedback),
        String.valueOf(satisfied), handlingRate == null ? "" : handlingRate.toPlainString(),
        satisfactionRate == null ? "" : satisfactionRate.toPlainString());
  }

  private static int count(List<Motion> motions, ReviewDecision decision) {
    return (int) motions.stream().filter(motion -> motion.getDecision() == decision).count();
  }

  private static BigDecimal rate(int part, int whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  private static String quoted(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
