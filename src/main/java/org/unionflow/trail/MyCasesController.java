package org.unionflow.trail;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.security.UnionFlowUser;

/**
 * "My cases": the cases the caller started in their union, newest first, with their current steps and vouchers;
 * whoever reports an event or applies for aid follows it here without rights to read the whole case. And the
 * vouchers a task of theirs booked: the treasurer who completes a pay form is told its voucher number.
 */
@RestController
@RequiredArgsConstructor
class MyCasesController {

  static final int LIMIT = 100;

  private final HistoryService history;
  private final TaskService tasks;
  private final CasePayments payments;
  private final CurrentUser currentUser;

  @GetMapping("/api/my/cases")
  List<MyCase> cases() {
    UnionFlowUser user = currentUser.get();
    List<HistoricProcessInstance> started = history.createHistoricProcessInstanceQuery().startedBy(user.id())
        .tenantIdIn(user.union()).rootProcessInstances().orderByProcessInstanceStartTime().desc().listPage(0, LIMIT);
    if (started.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> openSteps = tasks.createTaskQuery()
        .processInstanceIdIn(started.stream().map(HistoricProcessInstance::getId).toArray(String[]::new)).list()
        .stream().collect(Collectors.groupingBy(Task::getProcessInstanceId,
            Collectors.mapping(Task::getName, Collectors.toList())));
    return started.stream().map(instance -> new MyCase(instance.getBusinessKey(),
        instance.getProcessDefinitionName(), instance.getStartTime().toInstant(), instance.getState(),
        openSteps.getOrDefault(instance.getId(), List.of()),
        payments.bookedBy(instance.getId()).stream()
            .map(CasePayments.Booking::voucherNo).toList())).toList();
  }

  /**
   * The payments booked by the caller for the case of a task they completed, e.g. a pay form just submitted; a
   * task of someone else or of another union is not found.
   */
  @GetMapping("/api/my/tasks/{taskId}/vouchers")
  List<MyVoucher> vouchers(@PathVariable String taskId) {
    UnionFlowUser user = currentUser.get();
    HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).taskAssignee(user.id())
        .tenantIdIn(user.union()).finished().singleResult();
    if (task == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有您办结的这项任务 / No task of yours completed");
    }
    return payments.bookedBy(task.getProcessInstanceId()).stream()
        .filter(booking -> user.id().equals(booking.bookedBy()))
        .map(booking -> new MyVoucher(booking.voucherNo(), booking.amount(), booking.entryDate())).toList();
  }
}
