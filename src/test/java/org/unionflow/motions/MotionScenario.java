package org.unionflow.motions;

import static org.unionflow.motions.MotionProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import org.unionflow.platform.engine.UnionTenantIdProvider;

/**
 * Drives {@code congressMotion} through the engine API with valid values at every step, so a test that needs a
 * motion at a given step asks for it in one line ({@code atDraftReply(unionId, department)}) and does by hand
 * only the step it is about. Representatives are ps-rep1..3 of the union's session; "today" is the app's clock.
 * A submitted motion waits for each co-signer's confirmation; {@link #submitConfirmed} also gives them.
 */
@Component
public class MotionScenario {

  public static final String SESSION_NAME = "3rd congress, 2nd session / 三届二次";
  public static final String MOTION_TITLE = "Canteen open on Saturdays";
  public static final String SIGN_OFF_RETURN_COMMENT = "Name the budget line";
  public static final List<String> REPRESENTATIVES = List.of("ps-rep1", "ps-rep2", "ps-rep3");

  private static final AtomicInteger UNIONS = new AtomicInteger();

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final MotionService motions;
  private final Clock clock;

  MotionScenario(RuntimeService runtime, TaskService tasks, ManagementService management, MotionService motions,
      Clock clock) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.motions = motions;
    this.clock = clock;
  }

  /** A union of its own whose current session opened 30 days ago; the union id is the session's. */
  public CongressSession newUnionWithSession() {
    return openSession("union-motion-test" + UNIONS.incrementAndGet(), SESSION_NAME, today().minusDays(30));
  }

  /** A session of a year from {@code opensOn} with ps-rep1..3 as its representatives. */
  public CongressSession openSession(String unionId, String name, LocalDate opensOn) {
    CongressSession opened = motions.openSession(unionId, name, opensOn, opensOn.plusYears(1));
    for (String representative : REPRESENTATIVES) {
      motions.addRepresentative(opened, representative, representative, null);
    }
    return opened;
  }

  /** Filed by ps-rep1, co-signed and confirmed by ps-rep2 and ps-rep3: waiting at Review motion. */
  public ProcessInstance atReviewMotion(String unionId) {
    return submitConfirmed(unionId, "ps-rep1", "ps-rep2", "ps-rep3");
  }

  /** Accepted with the departments named, the first as the lead: one Draft reply per department. */
  public ProcessInstance atDraftReply(String unionId, String... departments) {
    ProcessInstance motion = atReviewMotion(unionId);
    review(motion, ReviewDecision.ACCEPT, departments);
    return motion;
  }

  /** Accepted for one department, answered and signed off: waiting for the proposer's feedback. */
  public ProcessInstance atGiveFeedback(String unionId, String department) {
    ProcessInstance motion = atDraftReply(unionId, department);
    answerRound(motion, department);
    return motion;
  }

  /** Submitted: waiting for the co-signers to confirm (or for the proposer, when the check finds a problem). */
  public ProcessInstance submit(String unionId, String proposer, String... coSigners) {
    Map<String, Object> variables = content(unionId, coSigners);
    variables.put(PROPOSER, proposer);
    return runtime.startProcessInstanceByKey(KEY, variables);
  }

  /** Submitted and confirmed by every co-signer: waiting at Review motion. */
  public ProcessInstance submitConfirmed(String unionId, String proposer, String... coSigners) {
    ProcessInstance motion = submit(unionId, proposer, coSigners);
    for (String coSigner : coSigners) {
      coSign(motion, coSigner, CoSigning.CONFIRM);
    }
    return motion;
  }

  /** The co-signer's answer in their own confirmation task. */
  public void coSign(ProcessInstance motion, String coSigner, CoSigning answer) {
    complete(confirmationOf(motion, coSigner), Map.of(CO_SIGNING, answer.name(), CO_SIGNING_COMMENT,
        answer == CoSigning.CONFIRM ? "Agreed" : "Ask all staff first"));
  }

  /** The co-signer's open confirmation task. */
  public Task confirmationOf(ProcessInstance motion, String coSigner) {
    return tasks.createTaskQuery().processInstanceId(motion.getId()).taskDefinitionKey(CONFIRM_CO_SIGNING)
        .taskAssignee(coSigner).singleResult();
  }

  /** The submit form's values, the co-signers chosen as its picker sends them; a test changes one to see it refused. */
  public Map<String, Object> content(String unionId, String... coSigners) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(UnionTenantIdProvider.UNION_ID, unionId);
    variables.put(TITLE, MOTION_TITLE);
    variables.put(CATEGORY, "WELFARE");
    variables.put(REASONS, "Teachers on weekend duty have nowhere to eat");
    variables.put(MEASURES, "Open the canteen from 11:00 to 13:00 on Saturdays");
    variables.put(CO_SIGNERS, chosen(coSigners));
    return variables;
  }

  /** Reviews with the departments chosen as the form sends them, the first as the lead. */
  public void review(ProcessInstance motion, ReviewDecision decision, String... departments) {
    Map<String, Object> values = reviewOf(decision, departments);
    values.put(DECISION_REASON, "Within the school's remit");
    complete(task(motion, REVIEW_MOTION), values);
  }

  /** Reviews with a deadline of the committee's own instead of the handling table's. */
  public void review(ProcessInstance motion, ReviewDecision decision, LocalDate deadline, String... departments) {
    Map<String, Object> values = reviewOf(decision, departments);
    values.put(DEADLINE, deadline.toString());
    complete(task(motion, REVIEW_MOTION), values);
  }

  /** A taglist's answer as Tasklist submits it: a Json list. */
  public static TypedValue chosen(String... values) {
    return SpinValues.jsonValue(Spin.JSON(List.of(values))).create();
  }

  /** The department's reply found solved and signed off by the administration. */
  public void answerRound(ProcessInstance motion, String department) {
    draft(motion, department, ReplyOutcome.SOLVED);
    signOff(motion, department, SignOff.APPROVED);
  }

  /** The department's reply, with the date or explanation its outcome needs. */
  public void draft(ProcessInstance motion, String department, ReplyOutcome outcome) {
    Task draft = tasks.createTaskQuery().processInstanceId(motion.getId()).taskDefinitionKey(DRAFT_REPLY)
        .taskCandidateGroup(department).singleResult();
    Map<String, Object> reply = new HashMap<>(Map.of(REPLY_CONTENT, "Reply of " + department,
        REPLY_OUTCOME, outcome.name()));
    if (outcome == ReplyOutcome.SCHEDULED) {
      reply.put(SCHEDULED_DATE, today().plusMonths(2).toString());
    } else if (outcome == ReplyOutcome.NOT_NOW) {
      reply.put(EXPLANATION, "No budget this year");
    }
    complete(draft, reply);
  }

  /** Signs off the department's reply; a returned one comes with {@link #SIGN_OFF_RETURN_COMMENT}. */
  public void signOff(ProcessInstance motion, String department, SignOff signOff) {
    Task task = tasks.createTaskQuery().processInstanceId(motion.getId()).taskDefinitionKey(SIGN_OFF_REPLY).list()
        .stream().filter(candidate -> department.equals(tasks.getVariable(candidate.getId(), DEPARTMENT)))
        .findFirst().orElseThrow();
    complete(task, signOff == SignOff.APPROVED ? Map.of(SIGN_OFF, signOff.name())
        : Map.of(SIGN_OFF, signOff.name(), SIGN_OFF_COMMENT, SIGN_OFF_RETURN_COMMENT));
  }

  /** The motion's timer at that element. */
  public Job timer(ProcessInstance motion, String activityId) {
    return management.createJobQuery().processInstanceId(motion.getId()).activityId(activityId).singleResult();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private static Map<String, Object> reviewOf(ReviewDecision decision, String... departments) {
    return new HashMap<>(Map.of(DECISION, decision.name(), HANDLING_DEPARTMENTS, chosen(departments),
        LEAD_DEPARTMENT, departments[0]));
  }

  private Task task(ProcessInstance motion, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(motion.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  private void complete(Task task, Map<String, Object> values) {
    tasks.complete(task.getId(), values);
  }
}
