package org.unionflow.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.unionflow.aid.AidProcess;
import org.unionflow.aid.AidService;
import org.unionflow.aid.HardshipLevel;
import org.unionflow.expenses.ExpenseProcess;
import org.unionflow.motions.MotionProcess;
import org.unionflow.platform.Groups;
import org.unionflow.platform.UnionCalendar;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Choices;
import org.unionflow.platform.forms.Choices.Choice;
import org.unionflow.platform.forms.Submitted;
import org.unionflow.platform.identity.PersonName;
import org.unionflow.visits.VisitProcess;
import org.unionflow.visits.VisitService;

/**
 * The stand-ins for UnionFlow's delegates and task listeners when its own models run on the bare engine: one bean
 * for each name the models' {@code delegateExpression}s use, setting (and removing) the process variables and the
 * business key its real namesake sets, of the same types and from the same inputs, so gateways and tables take the
 * same path. None writes a domain row or reads the domain: what the real bean reads there (names, ids, choices, the
 * budget) is read once here or stands as the value the benchmark's paths get.
 */
final class NoOpDelegates {

  /** Every line of the demo union starts this large (Benchmark sets it) and the paths stay far below it. */
  private static final String BUDGET_LEFT = "999999999.00";
  /** Days the aid notice and the follow-up visit are away: timer dates the harness fires or never reaches. */
  private static final int NOTICE_DAYS = 7;
  private static final int FOLLOW_UP_DAYS = 30;
  private static final int MAX_UNSATISFIED_ROUNDS = 2;
  private static final int MIN_CO_SIGNERS = 2;
  /** As MotionDelegates raises reminded tasks. */
  private static final int REMINDED_PRIORITY = 80;

  private final Map<Object, Object> beans = new HashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final UnionCalendar calendar;
  private final List<Choice> officers;
  private final List<Choice> representatives;
  private final List<Choice> departments;
  private final List<String> committee;
  private final double incomeThreshold;

  NoOpDelegates(BenchApp app) {
    calendar = app.bean(UnionCalendar.class);
    incomeThreshold = app.bean(AidService.class).incomeThreshold().doubleValue();
    IdentityService identity = app.engine().getIdentityService();
    officers = people(identity, Groups.OFFICERS);
    representatives = people(identity, Groups.REPRESENTATIVES);
    // the departments' groups, as MotionFormChecks names them
    departments = Groups.ALL.stream().filter(role -> role.id().startsWith("dept-"))
        .map(role -> new Choice(role.name(), role.id())).toList();
    committee = identity.createUserQuery().memberOfGroup(Groups.COMMITTEE).memberOfTenant(CasePaths.UNION)
        .orderByUserId().asc().list().stream().map(User::getId).toList();
    visits();
    motions();
    aid();
    expenses();
  }

  /** The beans by name, for the bare engine's expression manager. */
  Map<Object, Object> beans() {
    return beans;
  }

  private void visits() {
    delegate("registerVisitDelegate", execution -> {
      open(execution, VisitProcess.BUSINESS_KEY_PREFIX, VisitProcess.VISIT_ID);
      execution.setVariable(VisitProcess.MEMBER_NAME, "Bench member / 基准会员");
      if (new Submitted(execution).integer(VisitProcess.DAYS_IN_HOSPITAL) == null) {
        execution.setVariable(VisitProcess.DAYS_IN_HOSPITAL, 0);
      }
    });
    delegate("fixVisitStandardDelegate", execution -> {
      Submitted in = new Submitted(execution);
      execution.setVariable(VisitProcess.VISIT_DEADLINE, calendar.endOf(in.date(VisitProcess.EVENT_DATE)
          .plusDays(in.integer(VisitProcess.DEADLINE_DAYS))));
    });
    delegate("bookCondolenceMoneyDelegate", this::voucher);
    // the referral also starts an aid case, off the benchmark's path (no hardship found)
    domainOnly("referHardshipDelegate", "writeVisitLedgerDelegate", "saveSupervisionListener");
    listener("offerVisitorChoicesListener", task -> task.setVariableLocal(VisitProcess.OFFICER_CHOICES,
        Choices.variable(officers)));
    listener("saveVisitPlanListener", task -> {
      Submitted in = new Submitted(task);
      task.getExecution().setVariable(VisitProcess.PLANNED_VISITORS, VisitService.visitors(
          in.chosenLabels(VisitProcess.PLANNED_OFFICERS, VisitProcess.OFFICER_CHOICES),
          in.text(VisitProcess.PLANNED_VISITORS)));
    });
    listener("saveVisitRecordListener", task -> {
      Submitted in = new Submitted(task);
      task.getExecution().setVariable(VisitProcess.VISITORS, VisitService.visitors(
          in.chosenLabels(VisitProcess.VISITING_OFFICERS, VisitProcess.OFFICER_CHOICES),
          in.text(VisitProcess.VISITORS)));
      BigDecimal money = in.money(VisitProcess.MONEY_HANDED_OVER);
      task.setVariable(VisitProcess.PAYMENT_DUE, money != null && money.signum() > 0);
      task.setVariable(VisitProcess.HARDSHIP_FOUND, in.flag(VisitProcess.HARDSHIP_FOUND));
    });
  }

  private void motions() {
    delegate("registerMotionDelegate", execution -> {
      Submitted in = new Submitted(execution);
      String actor = Actor.of(execution);
      execution.setVariable(MotionProcess.PROPOSER, Actor.SYSTEM.equals(actor)
          && in.text(MotionProcess.PROPOSER) != null ? in.text(MotionProcess.PROPOSER) : actor);
      open(execution, MotionProcess.BUSINESS_KEY_PREFIX, MotionProcess.MOTION_ID);
      execution.setVariable(MotionProcess.SESSION_NAME, "Bench congress / 基准教代会");
      execution.setVariable(MotionProcess.REPLY_ROUND, 1);
    });
    delegate("checkSignaturesDelegate", execution -> {
      Submitted in = new Submitted(execution);
      String proposer = in.text(MotionProcess.PROPOSER);
      List<String> coSigners = in.list(MotionProcess.CO_SIGNERS).stream().filter(id -> !id.equals(proposer))
          .toList();
      signatures(execution, coSigners.size() >= MIN_CO_SIGNERS);
      execution.setVariable(MotionProcess.CO_SIGNER_IDS, new ArrayList<>(coSigners));
      execution.setVariable(MotionProcess.CO_SIGNERS_LABEL, String.join("、", coSigners));
    });
    // every co-signer of the paths confirms
    delegate("countCoSigningsDelegate", execution -> signatures(execution, true));
    delegate("assignDepartmentsDelegate", execution -> {
      Submitted in = new Submitted(execution);
      String lead = in.text(MotionProcess.LEAD_DEPARTMENT);
      List<String> handling = new ArrayList<>();
      if (lead != null) {
        handling.add(lead);
      }
      in.list(MotionProcess.HANDLING_DEPARTMENTS).stream().filter(department -> !handling.contains(department))
          .forEach(handling::add);
      execution.setVariable(MotionProcess.DEPARTMENTS, handling);
      LocalDate deadline = in.date(MotionProcess.DEADLINE) != null ? in.date(MotionProcess.DEADLINE)
          : calendar.today().plusDays(in.integer(MotionProcess.DEADLINE_DAYS));
      deadline(execution, deadline, in.integer(MotionProcess.REMINDER_DAYS_BEFORE));
      execution.setVariable(MotionProcess.FEEDBACK_WAIT, "P" + in.integer(MotionProcess.FEEDBACK_DAYS) + "D");
    });
    delegate("remindDepartmentsDelegate", execution -> {
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKeyIn(MotionProcess.DRAFT_REPLY, MotionProcess.SIGN_OFF_REPLY).list()
          .forEach(task -> tasks.setPriority(task.getId(), REMINDED_PRIORITY));
    });
    // the real summary joins the round's approved replies, kept in the departments' scopes and the register
    delegate("recordAnswerDelegate", execution -> execution.setVariable(MotionProcess.REPLIES_SUMMARY,
        "dept-academic: Canteen opens on Saturdays from next month"));
    delegate("recordNoFeedbackDelegate", execution -> {
      execution.setVariable(MotionProcess.SEND_BACK, false);
      execution.setVariable(MotionProcess.COMMITTEE_DECIDES, false);
    });
    listener("offerCoSignerChoicesListener", task -> task.setVariableLocal(MotionProcess.REPRESENTATIVE_CHOICES,
        Choices.variable(representatives)));
    listener("offerReviewChoicesListener", task -> {
      task.setVariableLocal(MotionProcess.DEPARTMENT_CHOICES, Choices.variable(departments));
      // the session's accepted motions to merge into: the real list is read from the register
      task.setVariableLocal(MotionProcess.MERGE_CHOICES, Choices.variable(List.of()));
    });
    listener("saveMotionReviewListener", task -> {
      Submitted in = new Submitted(task);
      if ("CONVERT".equals(in.text(MotionProcess.DECISION))) {
        String lead = in.text(MotionProcess.LEAD_DEPARTMENT);
        task.getExecution().setVariable(MotionProcess.SUGGESTION_DEPARTMENT,
            lead != null ? lead : in.list(MotionProcess.HANDLING_DEPARTMENTS).get(0));
      }
    });
    listener("saveFeedbackListener", task -> {
      Submitted in = new Submitted(task);
      boolean unsatisfied = "UNSATISFIED".equals(in.text(MotionProcess.FEEDBACK));
      int round = in.integer(MotionProcess.REPLY_ROUND);
      boolean sendBack = unsatisfied && round < MAX_UNSATISFIED_ROUNDS;
      task.getExecution().setVariable(MotionProcess.SEND_BACK, sendBack);
      task.getExecution().setVariable(MotionProcess.COMMITTEE_DECIDES, unsatisfied && !sendBack);
      if (sendBack) {
        task.getExecution().setVariable(MotionProcess.REPLY_ROUND, round + 1);
        deadline(task.getExecution(), calendar.today().plusDays(in.integer(MotionProcess.DEADLINE_DAYS)),
            in.integer(MotionProcess.REMINDER_DAYS_BEFORE));
      }
    });
    domainOnly("publishResultDelegate", "saveAmendmentListener", "saveCoSigningListener",
        "saveSuggestionAnswerListener", "saveReplyListener", "saveSignOffListener", "saveMotionSupervisionListener",
        "saveFinalDecisionListener");
  }

  private void aid() {
    delegate("openAidCaseDelegate", execution -> {
      open(execution, AidProcess.BUSINESS_KEY_PREFIX, AidProcess.CASE_ID);
      execution.setVariable(AidProcess.MEMBER_NAME, "Bench member / 基准会员");
      execution.setVariable(AidProcess.INCOME_THRESHOLD, incomeThreshold);
    });
    delegate("recordEligibilityDelegate", execution -> {
      Submitted in = new Submitted(execution);
      if (in.flag(AidProcess.ELIGIBLE)) {
        execution.setVariable(AidProcess.LEVEL_LABEL, HardshipLevel.valueOf(in.text(AidProcess.LEVEL)).label());
      }
    });
    delegate("publishNoticeDelegate", execution -> execution.setVariable(AidProcess.NOTICE_ENDS,
        calendar.endOf(calendar.today().plusDays(NOTICE_DAYS))));
    delegate("bookAidDelegate", this::voucher);
    delegate("updateHardshipFileDelegate", execution -> {
      execution.setVariable(AidProcess.REVIEW_ON, calendar.startOf(calendar.today().plusYears(1)));
      execution.setVariable(AidProcess.FOLLOW_UP_ON, calendar.startOf(calendar.today().plusDays(FOLLOW_UP_DAYS)));
    });
    listener("saveVerificationListener", task -> {
      if (!AidProcess.VERIFY_AT_HOME_AGAIN.equals(task.getTaskDefinitionKey())) {
        task.getExecution().getProcessInstance().setVariable(AidProcess.FIRST_VERIFIER, Actor.of(task));
      }
    });
    listener("saveReviewListener", task -> {
      Submitted in = new Submitted(task);
      if ("RETURN".equals(in.text(AidProcess.DECISION_VALUE))) {
        task.setVariable(AidProcess.INFORMATION_REQUESTED, in.text(AidProcess.DECISION_REASON));
      }
      task.removeVariable(AidProcess.DECISION_REASON);
    });
    listener("saveApprovalListener", task -> task.removeVariable(AidProcess.APPROVAL_COMMENT));
    listener("saveFileReviewListener", task -> {
      Submitted in = new Submitted(task);
      boolean open = !"CLOSE".equals(in.text(AidProcess.FILE_DECISION));
      task.setVariable(AidProcess.FILE_OPEN, open);
      if (open) {
        task.setVariable(AidProcess.REVIEW_ON, calendar.startOf(calendar.today().plusYears(1)));
      }
    });
    domainOnly("saveApplicationListener", "awaitApprovalListener", "saveFollowUpListener");
  }

  private void expenses() {
    delegate("expenseOpenDelegate", execution -> {
      open(execution, ExpenseProcess.BUSINESS_KEY_PREFIX, ExpenseProcess.EXPENSE_ID);
      execution.setVariable(ExpenseProcess.AMOUNT_VALUE,
          new Submitted(execution).money(ExpenseProcess.AMOUNT).doubleValue());
    });
    delegate("expenseRecordRouteDelegate", execution -> {
      if (ExpenseProcess.ROUTE_COMMITTEE.equals(new Submitted(execution).text(ExpenseProcess.ROUTE))) {
        execution.setVariable(ExpenseProcess.VOTERS, new ArrayList<>(committee));
      }
    });
    // every member of the committee votes for
    delegate("expenseCountVotesDelegate", execution -> {
      execution.setVariable(ExpenseProcess.VOTES_FOR, committee.size());
      execution.setVariable(ExpenseProcess.VOTES_AGAINST, 0);
      execution.setVariable(ExpenseProcess.COMMITTEE_PASSED, true);
    });
    delegate("expenseCheckBudgetDelegate", execution -> {
      execution.setVariable(ExpenseProcess.REMAINING, BUDGET_LEFT);
      execution.setVariable(ExpenseProcess.WITHIN_BUDGET, new Submitted(execution).money(ExpenseProcess.AMOUNT)
          .compareTo(new BigDecimal(BUDGET_LEFT)) <= 0);
    });
    delegate("expenseBookDelegate", this::voucher);
    domainOnly("expenseRecordWithdrawalDelegate");
    listener("expenseSaveVoteListener", task -> {
      task.removeVariable(ExpenseProcess.VOTE_COMMENT);
      task.removeVariable(ExpenseProcess.VOTE);
    });
    listener("expenseSaveApprovalListener", task -> task.removeVariable(ExpenseProcess.APPROVAL_COMMENT));
    listener("expenseSaveOverBudgetListener", task -> task.removeVariable(ExpenseProcess.OVER_BUDGET_REASON));
  }

  /** The union's people of a group as the forms offer them. */
  private static List<Choice> people(IdentityService identity, String group) {
    return identity.createUserQuery().memberOfGroup(group).memberOfTenant(CasePaths.UNION).orderByUserId().asc()
        .list().stream().map(user -> new Choice(PersonName.of(user), user.getId())).toList();
  }

  /** What opening a case in the register gives the process: a business key and the row's id. */
  private void open(DelegateExecution execution, String businessKeyPrefix, String idVariable) {
    long id = ids.incrementAndGet();
    execution.setProcessBusinessKey(businessKeyPrefix + "-BENCH-" + id);
    execution.setVariable(idVariable, id);
  }

  private void voucher(DelegateExecution execution) {
    execution.setVariable(VisitProcess.VOUCHER_NO, "BENCH-" + ids.incrementAndGet());
  }

  private static void signatures(DelegateExecution execution, boolean valid) {
    execution.setVariable(MotionProcess.SIGNATURES_VALID, valid);
    execution.setVariable(MotionProcess.SIGNATURE_PROBLEM, valid ? null : "Too few co-signers / 附议人不足");
  }

  /** As MotionDelegates sets them: the end of the deadline day, the reminder at 8:00 some days before. */
  private void deadline(DelegateExecution execution, LocalDate deadline, int reminderDaysBefore) {
    execution.setVariable(MotionProcess.DEADLINE_AT, calendar.endOf(deadline));
    execution.setVariable(MotionProcess.REMINDER_AT, calendar.at(deadline.minusDays(reminderDaysBefore),
        LocalTime.of(8, 0)));
  }

  /** Beans whose real namesakes write the domain and no variable: nothing is left to do. */
  private void domainOnly(String... names) {
    for (String name : names) {
      beans.put(name, DomainOnly.BEAN);
    }
  }

  private enum DomainOnly implements JavaDelegate, TaskListener {
    BEAN;

    @Override
    public void execute(DelegateExecution execution) {
    }

    @Override
    public void notify(DelegateTask task) {
    }
  }

  private void delegate(String name, JavaDelegate bean) {
    beans.put(name, bean);
  }

  private void listener(String name, TaskListener bean) {
    beans.put(name, bean);
  }
}
