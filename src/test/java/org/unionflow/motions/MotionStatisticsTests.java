package org.unionflow.motions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The session figures from motions in every state, without a database. */
class MotionStatisticsTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final CongressSession SESSION = new CongressSession("union-x", "3rd congress, \"2nd\" session",
      TODAY.minusMonths(2), TODAY.plusMonths(10));

  @Test
  void ratesCountAnsweredOverAcceptedAndSatisfiedOverThoseWhoGaveFeedback() {
    Motion onTimeSatisfied = accepted(TODAY.minusDays(1));
    answer(onTimeSatisfied, TODAY.minusDays(3), Feedback.SATISFIED);
    Motion lateUnsatisfied = accepted(TODAY.minusDays(10));
    answer(lateUnsatisfied, TODAY.minusDays(2), Feedback.UNSATISFIED);
    Motion onTimeSilent = accepted(TODAY.plusDays(5));
    answer(onTimeSilent, TODAY, Feedback.NO_FEEDBACK);
    Motion unansweredOverdue = accepted(TODAY.minusDays(1));
    Motion unansweredInTime = accepted(TODAY.plusDays(20));

    MotionStatistics statistics = MotionStatistics.of(SESSION, List.of(onTimeSatisfied, lateUnsatisfied,
        onTimeSilent, unansweredOverdue, unansweredInTime, decided(ReviewDecision.CONVERT),
        decided(ReviewDecision.MERGE), decided(ReviewDecision.REJECT), motion()), TODAY, ZONE);

    assertThat(statistics.filed()).isEqualTo(9);
    assertThat(statistics.accepted()).isEqualTo(5);
    assertThat(statistics.converted()).isEqualTo(1);
    assertThat(statistics.merged()).isEqualTo(1);
    assertThat(statistics.rejected()).isEqualTo(1);
    assertThat(statistics.answered()).isEqualTo(3);
    assertThat(statistics.answeredOnTime()).isEqualTo(2);
    assertThat(statistics.overdue()).isEqualTo(2);
    assertThat(statistics.withFeedback()).isEqualTo(2);
    assertThat(statistics.satisfied()).isEqualTo(1);
    assertThat(statistics.handlingRate()).isEqualByComparingTo("0.6000");
    assertThat(statistics.satisfactionRate()).isEqualByComparingTo("0.5000");
    assertThat(statistics.csvRow())
        .isEqualTo("\"3rd congress, \"\"2nd\"\" session\",9,5,1,1,1,3,2,2,2,1,0.6000,0.5000");
  }

  @Test
  void aSessionWithoutAcceptedMotionsHasNoRates() {
    MotionStatistics statistics = MotionStatistics.of(SESSION, List.of(decided(ReviewDecision.REJECT)), TODAY, ZONE);

    assertThat(statistics.handlingRate()).isNull();
    assertThat(statistics.satisfactionRate()).isNull();
    assertThat(statistics.csvRow()).endsWith(",0,0,,");
  }

  private static Motion motion() {
    return new Motion("union-x", "MOT-2026-001", "pi", SESSION, new MotionContent("Title", MotionCategory.OTHER,
        "Reasons", "Measures", List.of("a", "b")), "p", Instant.now());
  }

  private static Motion decided(ReviewDecision decision) {
    Motion motion = motion();
    motion.review(decision, "reason", "committee");
    return motion;
  }

  private static Motion accepted(LocalDate deadline) {
    Motion motion = decided(ReviewDecision.ACCEPT);
    motion.assign(List.of("dept-hr"), deadline);
    return motion;
  }

  private static void answer(Motion motion, LocalDate on, Feedback feedback) {
    motion.answered(on.atTime(12, 0).atZone(ZONE).toInstant());
    motion.feedback(feedback, null, Instant.now());
  }
}
