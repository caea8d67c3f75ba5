package org.unionflow.bench;

import static org.unionflow.aid.AidProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import lombok.RequiredArgsConstructor;
import org.camunda.spin.plugin.variable.SpinValues;
import org.unionflow.aid.AidProcess;
import org.unionflow.expenses.ExpenseProcess;
import org.unionflow.motions.MotionProcess;
import org.unionflow.visits.VisitProcess;

/** The main path of every process, with valid values the demo union accepts, for the demo users of union-ps1. */
@RequiredArgsConstructor
final class CasePaths {

  static final String UNION = "union-ps1";
  private static final int DEMO_MEMBERS = 26;

  private final AtomicInteger member = new AtomicInteger();
  private final Clock clock;
  /** The demo union's budget line of this year that expenses are charged to. */
  private final long cultureSportsLine;

  /** A hospital stay with condolence money, visited, recorded and paid: three user tasks. */
  CasePath visit() {
    // today is read for each case: a run may pass midnight, and the forms refuse dates in the past
    LocalDate today = LocalDate.now(clock);
    Map<String, Object> start = values(VisitProcess.MEMBER_STAFF_NO, nextMember(),
        VisitProcess.EVENT_TYPE, "HOSPITALISATION", VisitProcess.EVENT_DATE, today.toString(),
        VisitProcess.DAYS_IN_HOSPITAL, 10L, VisitProcess.DETAILS, "Knee operation, home in two weeks",
        VisitProcess.REPORTER, "Group leader");
    return new CasePath(VisitProcess.KEY, "ps-leader1", start, List.of(
        new CasePath.Task(VisitProcess.PLAN_VISIT, "ps-officer1", values(VisitProcess.PLANNED_DATE, today.toString(),
            VisitProcess.PLANNED_VISITORS, "Wang Li, Zhao Min")),
        new CasePath.Task(VisitProcess.RECORD_VISIT, "ps-officer2", values(VisitProcess.VISIT_DATE, today.toString(),
            VisitProcess.VISITORS, "Wang Li, Zhao Min", VisitProcess.SITUATION, "Recovering well",
            VisitProcess.MONEY_HANDED_OVER, 500.0, VisitProcess.HARDSHIP_FOUND, false)),
        new CasePath.Task(VisitProcess.PAY_CONDOLENCE_MONEY, "ps-treasurer", values(VisitProcess.PAID_ON,
            today.toString(), VisitProcess.PAYMENT_METHOD, "CASH"))));
  }

  /** A motion accepted for one department, answered, signed off and found satisfying: four user tasks. */
  CasePath motion() {
    Map<String, Object> start = values(MotionProcess.TITLE, "Canteen open on Saturdays",
        MotionProcess.CATEGORY, "WELFARE", MotionProcess.REASONS, "Weekend duty teachers have nowhere to eat",
        MotionProcess.MEASURES, "Open from 11:00 to 13:00", MotionProcess.CO_SIGNERS,
        SpinValues.jsonValue("[\"ps-rep2\", \"ps-rep3\"]").create());
    return new CasePath(MotionProcess.KEY, "ps-rep1", start, List.of(
        // each co-signer confirms in their own task before the committee sees the motion
        new CasePath.Task(MotionProcess.CONFIRM_CO_SIGNING, "ps-rep2", values(MotionProcess.CO_SIGNING, "CONFIRM")),
        new CasePath.Task(MotionProcess.CONFIRM_CO_SIGNING, "ps-rep3", values(MotionProcess.CO_SIGNING, "CONFIRM")),
        new CasePath.Task(MotionProcess.REVIEW_MOTION, "ps-motions", values(MotionProcess.DECISION, "ACCEPT",
            MotionProcess.HANDLING_DEPARTMENTS, SpinValues.jsonValue("[\"dept-academic\"]").create(),
            MotionProcess.LEAD_DEPARTMENT, "dept-academic", MotionProcess.DECISION_REASON, "Within remit")),
        new CasePath.Task(MotionProcess.DRAFT_REPLY, "ps-dept-academic", values(MotionProcess.REPLY_OUTCOME,
            "SOLVED", MotionProcess.REPLY_CONTENT, "Canteen opens on Saturdays from next month")),
        new CasePath.Task(MotionProcess.SIGN_OFF_REPLY, "ps-principal", values(MotionProcess.SIGN_OFF, "APPROVED")),
        new CasePath.Task(MotionProcess.GIVE_FEEDBACK, "ps-rep1", values(MotionProcess.FEEDBACK, "SATISFIED"))));
  }

  /** An application verified twice, approved by the committee, noticed, approved by the chair and paid. */
  CasePath aid() {
    LocalDate today = LocalDate.now(clock);
    Map<String, Object> start = values(MEMBER_STAFF_NO, nextMember(), SOURCE, "APPLICATION",
        AidProcess.CATEGORY, "LOW_INCOME", HOUSEHOLD_SIZE, 3L, INCOME_PER_HEAD, 1200.0, MEDICAL_COSTS, 0.0,
        DESCRIPTION, "Spouse out of work, two children at school");
    Map<String, Object> verification = values(FINDINGS, "Visited the flat; as described", RECOMMENDATION, "SUPPORT");
    return new CasePath(AidProcess.KEY, "ps-officer1", start, List.of(
        new CasePath.Task(VERIFY_AT_HOME, "ps-officer1", verification),
        new CasePath.Task(VERIFY_AT_HOME_AGAIN, "ps-officer2", verification),
        new CasePath.Task(REVIEW_CASE, "ps-chair", values(DECISION_VALUE, "APPROVE", APPROVED_AMOUNT, 2000.0,
            DECISION_REASON, "Below the line", OVER_BUDGET, false)),
        new CasePath.Timer(NOTICE_PERIOD_ENDED),
        new CasePath.Task(APPROVE_AID, "ps-chair", values(APPROVAL, APPROVED, APPROVAL_COMMENT, "Agreed / 同意")),
        new CasePath.Task(PAY_AID, "ps-treasurer", values(AidProcess.PAID_ON, today.toString(),
            AidProcess.PAYMENT_METHOD, "BANK_TRANSFER"))));
  }

  /** An expense the chair approves alone (the routing table's smallest amounts), then paid: two user tasks. */
  CasePath expense() {
    LocalDate today = LocalDate.now(clock);
    Map<String, Object> start = values(ExpenseProcess.PURPOSE, "Teachers' basketball match / 教工篮球赛",
        ExpenseProcess.CATEGORY, "CULTURE_SPORTS", ExpenseProcess.BUDGET_LINE_ID, cultureSportsLine,
        ExpenseProcess.AMOUNT, "1500.00", ExpenseProcess.PAYEE, "Sports shop / 体育用品店",
        ExpenseProcess.PLANNED_DATE, today.toString(), ExpenseProcess.ATTACHMENTS, "Quote of the shop");
    return new CasePath(ExpenseProcess.KEY, "ps-officer1", start, List.of(
        new CasePath.Task(ExpenseProcess.APPROVE_EXPENSE, "ps-chair", values(ExpenseProcess.APPROVAL,
            ExpenseProcess.APPROVED)),
        new CasePath.Task(ExpenseProcess.PAY_EXPENSE, "ps-treasurer", values(ExpenseProcess.PAID_ON,
            today.toString(), ExpenseProcess.PAYMENT_METHOD, "BANK_TRANSFER"))));
  }

  private String nextMember() {
    return String.format("PS-%04d", member.getAndIncrement() % DEMO_MEMBERS + 1);
  }

  private static Map<String, Object> values(Object... pairs) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return values;
  }
}
