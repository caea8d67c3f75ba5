package org.unionflow.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;
import org.unionflow.platform.export.Csv;
import org.unionflow.platform.export.PrintableReport;

/**
 * A case's trail and a list of steps as CSV (codes and ISO times, for further processing) and as a printable PDF
 * (labels, the union's time, for people), each carrying its chain check.
 */
@Component
@RequiredArgsConstructor
class TrailReports {

  private static final String[] CASE_COLUMNS = {"at", "kind", "activity", "name", "actor", "claimedBy",
      "completedBy", "createdAt", "waited", "values", "step", "chain"};
  private static final String[] STEP_COLUMNS = {"businessKey", "process", "step", "task", "claimedBy",
      "completedBy", "createdAt", "completedAt", "waited", "values", "chain"};

  private final ObjectMapper json;
  private final TrailTexts texts;
  private final RepositoryService repository;

  Csv csv(CaseTrail trail) {
    Csv csv = Csv.withHeader(CASE_COLUMNS);
    for (TrailEntry e : trail.entries()) {
      csv.row(e.at(), e.kind(), e.activityId(), e.name(), e.actor(), e.claimedBy(), e.completedBy(), e.createdAt(),
          e.waited(), text(e.values()), e.step(), e.chain());
    }
    return csv;
  }

  PrintableReport pdf(CaseTrail trail) {
    return PrintableReport.titled("Approval trail / 审批轨迹 " + trail.businessKey()).landscape()
        .fact("Process / 流程", trail.processName())
        .fact("State / 状态", texts.state(trail.state()))
        .fact("Started / 发起", texts.time(trail.startedAt()) + " · " + person(trail, trail.startedBy()))
        .fact("Ended / 结束", trail.endedAt() == null ? "进行中 / running" : texts.time(trail.endedAt()))
        .fact("Chain check / 链校验", trail.chain().summary())
        .table(List.of("At / 时间", "Kind / 类型", "Step / 环节", "By / 人员", "Waited / 等待", "Values / 内容",
            "No. / 序号", "Chain / 校验"), trail.entries().stream().<List<?>>map(e -> Arrays.asList(
            texts.time(e.at()), texts.kind(e.kind()), e.name(), person(trail, e.actor()), texts.duration(e.waited()),
            texts.values(e.values(), trail.fields()), e.step(), texts.chain(e.chain()))).toList())
        .note("Every decided step is hash-chained (SHA-256); a step marked BROKEN no longer matches what was "
            + "recorded. / 每个审批环节以SHA-256链式校验。");
  }

  /** A person as 王静 (ps-officer1); an id without a name as it is. */
  private static String person(CaseTrail trail, String userId) {
    String name = userId == null ? null : trail.people().get(userId);
    return name == null ? userId : name + " (" + userId + ")";
  }

  Csv csv(StepList list) {
    Csv csv = Csv.withHeader(STEP_COLUMNS);
    for (StepRow r : list.rows()) {
      csv.row(r.businessKey(), r.processDefinitionKey(), r.step(), r.taskName(), r.claimedBy(), r.completedBy(),
          r.createdAt(), r.completedAt(), r.waited(), text(r.values()), r.chain());
    }
    return csv;
  }

  PrintableReport pdf(StepList list) {
    PrintableReport report = PrintableReport.titled("Approval steps / 审批环节").landscape()
        .fact("Filter / 筛选", list.filter().describe())
        .fact("Steps / 环节数", list.rows().size())
        .fact("Chain check / 链校验", list.intact()
            ? "intact: " + list.chains().size() + " cases match their hashes / 链完整"
            : "BROKEN: " + String.join("; ", list.chains().stream().filter(c -> !c.intact())
                .map(c -> c.businessKey() + " " + c.summary()).toList()));
    Map<String, String> processNames = new HashMap<>();
    return report.table(List.of("Case / 案件", "Process / 流程", "No. / 序号", "Step / 环节", "Decided by / 决定人",
        "Completed / 完成", "Waited / 等待", "Values / 内容", "Chain / 校验"), list.rows().stream()
        .<List<?>>map(r -> Arrays.asList(r.businessKey(),
            processNames.computeIfAbsent(r.processDefinitionKey(), this::processName), r.step(), r.taskName(),
            r.completedBy(), texts.time(r.completedAt()), texts.duration(r.waited()), texts.values(r.values()),
            texts.chain(r.chain()))).toList());
  }

  private String processName(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().list().stream()
        .map(ProcessDefinition::getName).filter(name -> name != null).findFirst().orElse(key);
  }

  private String text(Map<String, Object> values) {
    try {
      return values == null || values.isEmpty() ? "" : json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      return values.toString();
    }
  }
}
