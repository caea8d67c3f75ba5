package org.unionflow.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;
import org.unionflow.platform.identity.PeopleNames;

/**
 * Assembles a case's trail from the engine's history (start, user tasks, decisions, timers, messages,
 * escalations, end), the recorded approval steps and the fund ledger. Knows no process: every element is
 * read by its BPMN type, so processes deployed later are traced as they are.
 */
@Component
@RequiredArgsConstructor
class CaseTrailAssembler {

  private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
  };

  private final HistoryService history;
  private final TaskService tasks;
  private final ApprovalTrail trail;
  private final CasePayments payments;
  private final CaseWords words;
  private final PeopleNames names;
  private final ObjectMapper json;
  private final Clock clock;

  /** An entry and the place of the element it comes from, which orders entries of the same millisecond. */
  private record Placed(TrailEntry entry, int position) {
  }

  CaseTrail assemble(HistoricProcessInstance instance) {
    String id = instance.getId();
    List<ApprovalStep> steps = trail.of(id);
    ChainCheck chain = trail.check(instance.getBusinessKey(), id, steps);
    Map<String, ApprovalStep> stepOfTask = steps.stream()
        .collect(Collectors.toMap(ApprovalStep::getTaskId, Function.identity()));
    Map<String, HistoricTaskInstance> taskOfActivity = history.createHistoricTaskInstanceQuery().processInstanceId(id)
        .list().stream().collect(Collectors.toMap(HistoricTaskInstance::getActivityInstanceId, Function.identity()));
    Map<String, List<HistoricDecisionInstance>> decisionsOfActivity = history.createHistoricDecisionInstanceQuery()
        .processInstanceId(id).includeInputs().includeOutputs().orderByEvaluationTime().asc().list().stream()
        .collect(Collectors.groupingBy(HistoricDecisionInstance::getActivityInstanceId));
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery().processInstanceId(id)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();

    CaseWords.ProcessForms forms = words.formsOf(instance.getProcessDefinitionId());
    List<Placed> placed = new ArrayList<>();
    placed.add(new Placed(TrailEntry.caseStarted(instant(instance.getStartTime()), instance.getStartActivityId(),
        instance.getProcessDefinitionName(), instance.getStartUserId(), startValues(id, words.startKeys(forms))), -1));
    String endName = null;
    for (int position = 0; position < activities.size(); position++) {
      HistoricActivityInstance activity = activities.get(position);
      if (activity.getActivityId().equals(instance.getEndActivityId())) {
        endName = activity.getActivityName();
      }
      for (TrailEntry entry : entriesOf(activity, taskOfActivity, stepOfTask, decisionsOfActivity, chain)) {
        placed.add(new Placed(entry, position));
      }
    }
    for (CasePayments.Booking booking : payments.bookedBy(id)) {
      placed.add(new Placed(payment(booking), bookingPosition(activities, booking.bookedAt())));
    }
    if (instance.getEndTime() != null) {
      Map<String, Object> end = new LinkedHashMap<>();
      end.put("state", instance.getState());
      end.put("deleteReason", instance.getDeleteReason());
      placed.add(new Placed(TrailEntry.caseEnded(instant(instance.getEndTime()), instance.getEndActivityId(), endName,
          Duration.ofMillis(instance.getDurationInMillis()), end), Integer.MAX_VALUE));
    }
    placed.sort(Comparator.comparing((Placed p) -> p.entry().at()).thenComparingInt(Placed::position));
    List<TrailEntry> entries = placed.stream().map(Placed::entry).toList();
    List<String> people = new ArrayList<>();
    people.add(instance.getStartUserId());
    entries.forEach(entry -> people.addAll(Arrays.asList(entry.actor(), entry.claimedBy(), entry.completedBy())));
    return new CaseTrail(instance.getBusinessKey(), id, instance.getProcessDefinitionKey(),
        instance.getProcessDefinitionName(), instance.getTenantId(), instance.getState(), instance.getStartUserId(),
        instant(instance.getStartTime()), instant(instance.getEndTime()), chain, entries, forms.fields(),
        names.of(people));
  }

  private List<TrailEntry> entriesOf(HistoricActivityInstance activity, Map<String, HistoricTaskInstance> taskOfActivity,
      Map<String, ApprovalStep> stepOfTask, Map<String, List<HistoricDecisionInstance>> decisionsOfActivity,
      ChainCheck chain) {
    String type = activity.getActivityType();
    if (ActivityTypes.TASK_USER_TASK.equals(type)) {
      HistoricTaskInstance task = taskOfActivity.get(activity.getId());
      return task == null ? List.of() : List.of(userTask(task, stepOfTask.get(task.getId()), chain));
    }
    List<HistoricDecisionInstance> decisions = decisionsOfActivity.getOrDefault(activity.getId(), List.of());
    if (!decisions.isEmpty()) {
      return decisions.stream().map(decision -> decision(activity, decision)).toList();
    }
    EntryKind kind = kindOf(type);
    if (kind == null) {
      return List.of();
    }
    // an event is what happened when it fired; a catch event still waiting has not happened yet
    boolean event = kind != EntryKind.AUTOMATIC_STEP;
    if (event && activity.getEndTime() == null) {
      return List.of();
    }
    return List.of(TrailEntry.engineStep(instant(event ? activity.getEndTime() : activity.getStartTime()), kind,
        activity.getActivityId(), activity.getActivityName()));
  }

  private static EntryKind kindOf(String type) {
    if (type.equals(ActivityTypes.TASK_SERVICE) || type.equals(ActivityTypes.TASK_SCRIPT)
        || type.equals(ActivityTypes.TASK_SEND_TASK) || type.equals(ActivityTypes.TASK_BUSINESS_RULE)) {
      return EntryKind.AUTOMATIC_STEP;
    }
    if (type.equals(ActivityTypes.BOUNDARY_TIMER) || type.equals(ActivityTypes.INTERMEDIATE_EVENT_TIMER)
        || type.equals(ActivityTypes.START_EVENT_TIMER)) {
      return EntryKind.TIMER;
    }
    if (type.equals(ActivityTypes.BOUNDARY_MESSAGE) || type.equals(ActivityTypes.INTERMEDIATE_EVENT_MESSAGE)
        || type.equals(ActivityTypes.START_EVENT_MESSAGE) || type.equals(ActivityTypes.TASK_RECEIVE_TASK)) {
      return EntryKind.MESSAGE;
    }
    if (type.toLowerCase().contains("escalation")) {
      return EntryKind.ESCALATION;
    }
    return null;
  }

  private TrailEntry userTask(HistoricTaskInstance task, ApprovalStep step, ChainCheck chain) {
    Instant created = instant(task.getStartTime());
    if (step != null) {
      Map<String, Object> values = new LinkedHashMap<>(submitted(step));
      addComments(task.getId(), values);
      return TrailEntry.decidedTask(step.getCompletedAt(), task.getTaskDefinitionKey(), task.getName(),
          step.getClaimedBy(), step.getCompletedBy(), created, values, step.getSeq(), chain.of(step.getSeq()));
    }
    // open, or ended without a decision (cancelled by a timer, a message or the end of the case)
    Instant ended = instant(task.getEndTime());
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("status", ended == null ? "open" : "ended without decision: " + task.getDeleteReason());
    addComments(task.getId(), values);
    Instant until = ended == null ? Instant.now(clock).truncatedTo(ChronoUnit.MILLIS) : ended;
    return TrailEntry.undecidedTask(ended == null ? created : ended, task.getTaskDefinitionKey(), task.getName(),
        task.getAssignee(), created, until, values);
  }

  private void addComments(String taskId, Map<String, Object> values) {
    List<Comment> comments = tasks.getTaskComments(taskId);
    if (!comments.isEmpty()) {
      values.put("comments", comments.stream().map(c -> c.getUserId() + ": " + c.getFullMessage()).toList());
    }
  }

  private TrailEntry decision(HistoricActivityInstance activity, HistoricDecisionInstance decision) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    for (HistoricDecisionInputInstance input : decision.getInputs()) {
      inputs.put(input.getClauseName() != null ? input.getClauseName() : input.getClauseId(), plain(input.getValue()));
    }
    // one map per matched rule: a COLLECT table can match several
    Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
    for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
      rules.computeIfAbsent(output.getRuleId(), rule -> new LinkedHashMap<>())
          .put(output.getVariableName() != null ? output.getVariableName() : output.getClauseName(),
              plain(output.getValue()));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("decision", decision.getDecisionDefinitionKey());
    values.put("inputs", inputs);
    values.put("outputs", new ArrayList<>(rules.values()));
    String name = decision.getDecisionDefinitionName() != null ? decision.getDecisionDefinitionName()
        : decision.getDecisionDefinitionKey();
    return TrailEntry.decision(instant(decision.getEvaluationTime()), activity.getActivityId(),
        activity.getActivityName() + " — " + name, decision.getUserId(), values);
  }

  private static TrailEntry payment(CasePayments.Booking booking) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("voucherNo", booking.voucherNo());
    values.put("amount", booking.amount());
    values.put("direction", booking.direction());
    values.put("category", booking.category());
    values.put("budgetLine", booking.budgetLine());
    values.put("entryDate", booking.entryDate().toString());
    values.put("description", booking.description());
    return TrailEntry.payment(booking.bookedAt().truncatedTo(ChronoUnit.MILLIS),
        "Payment booked / 已记账 " + booking.voucherNo(), booking.bookedBy(), values);
  }

  /** A booking is made by an automatic step running at that moment: it belongs right after that step. */
  private static int bookingPosition(List<HistoricActivityInstance> activities, Instant bookedAt) {
    Instant at = bookedAt.truncatedTo(ChronoUnit.MILLIS);
    for (int position = 0; position < activities.size(); position++) {
      HistoricActivityInstance activity = activities.get(position);
      boolean automatic = kindOf(activity.getActivityType()) == EntryKind.AUTOMATIC_STEP;
      if (automatic && !instant(activity.getStartTime()).isAfter(at)
          && (activity.getEndTime() == null || !instant(activity.getEndTime()).isBefore(at))) {
        return position;
      }
    }
    return Integer.MAX_VALUE - 1;
  }

  /**
   * What the case was started with: the start form's fields, in the form's order (the process's own variables,
   * set later or by the start's listeners, are not what the starter submitted).
   */
  private Map<String, Object> startValues(String processInstanceId, List<String> startKeys) {
    Map<String, Object> initial = new HashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(processInstanceId)
        .variableUpdates().initial().list()) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      initial.put(update.getVariableName(), plain(update.getValue()));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    startKeys.stream().filter(initial::containsKey).forEach(key -> values.put(key, initial.get(key)));
    return values;
  }

  private Map<String, Object> submitted(ApprovalStep step) {
    try {
      return json.readValue(step.getSubmittedValues(), VALUES);
    } catch (JsonProcessingException e) {
      // a tampered row may no longer be JSON: show it as stored, the chain check names it
      return Map.of("submittedValues", step.getSubmittedValues());
    }
  }

  private static Object plain(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return value instanceof Date date ? date.toInstant().toString() : value.toString();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
