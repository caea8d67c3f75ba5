package org.unionflow.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.JSON_LIST;
import static org.unionflow.visits.VisitProcess.PLAN_VISIT;
import static org.unionflow.visits.VisitProcess.RECORD_VISIT;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionFlowTest;
import org.unionflow.aid.AidProcess;
import org.unionflow.audit.AuditProcess;
import org.unionflow.expenses.ExpenseProcess;
import org.unionflow.motions.MotionProcess;
import org.unionflow.trail.TrailCases;
import org.unionflow.visits.VisitProcess;
import org.unionflow.visits.VisitRestScenario;

/**
 * The registers filtered by the step their cases wait at, where the dashboard's open-work bars lead: the rows are
 * exactly the union's cases with an open task at that step (overdue ones only, if asked), as the engine holds
 * them; the totals, pages, sort and downloads agree; a step the process lacks is refused at the field; the read
 * policy is unchanged.
 */
@UnionFlowTest
class RegisterStepFilterTests {

  private static final String UNION = "union-ps1";

  @Autowired DemoUsersOverHttp demo;
  @Autowired VisitRestScenario visits;
  @Autowired TrailCases cases;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired Clock clock;

  /** Where a register lists its rows and downloads them, read by whom; whether the test opened cases there. */
  private record ProcessRegister(String reader, String list, String export, String process, boolean opened) {

    boolean paged() {
      return !list.endsWith("/audits");
    }
  }

  @Test
  void visitsAtPlanVisitAreTheCasesWaitingThereAndTheOverdueOnesApart() throws IOException {
    String late = visits.lateFuneral("PS-0013");
    String fresh = visits.report("ps-leader1", "PS-0014", "FUNERAL", LocalDate.now(clock), "Father passed away");
    String planned = visits.lateFuneral("PS-0017");
    visits.plan("ps-officer1", planned);
    Set<String> waiting = waitingAt(UNION, VisitProcess.KEY, PLAN_VISIT, false);
    Set<String> overdue = waitingAt(UNION, VisitProcess.KEY, PLAN_VISIT, true);
    assertThat(waiting).contains(late, fresh).doesNotContain(planned);
    assertThat(overdue).contains(late).doesNotContain(fresh);

    Map<String, Object> atStep = page("ps-officer1", "/api/visits?size=2000&step=" + PLAN_VISIT);
    assertThat(keys(atStep)).containsExactlyInAnyOrderElementsOf(waiting);
    assertThat(total(atStep)).isEqualTo(waiting.size());
    assertThat(keys(page("ps-officer1", "/api/visits?size=2000&step=" + PLAN_VISIT + "&overdue=true")))
        .containsExactlyInAnyOrderElementsOf(overdue);
    assertThat(keys(page("ps-officer1", "/api/visits?size=2000&step=" + RECORD_VISIT))).contains(planned)
        .doesNotContain(late, fresh);

    // the dashboard's bars count these cases (one Plan visit task per case)
    Map<String, Object> bar = planVisitBar();
    assertThat(((Number) bar.get("open")).longValue()).isEqualTo(waiting.size());
    assertThat(((Number) bar.get("overdue")).longValue()).isEqualTo(overdue.size());

    // sorted and paged as without the filter, the total over all pages
    List<Map<String, Object>> oldestFirst = rows(page("ps-officer1",
        "/api/visits?size=2000&sort=reportedAt,asc&step=" + PLAN_VISIT));
    assertThat(oldestFirst).extracting(row -> Instant.parse((String) row.get("reportedAt")))
        .isSortedAccordingTo(Comparator.naturalOrder());
    Map<String, Object> second = page("ps-officer1",
        "/api/visits?size=1&page=1&sort=reportedAt,asc&step=" + PLAN_VISIT);
    assertThat(keys(second)).containsExactly((String) oldestFirst.get(1).get("businessKey"));
    assertThat(total(second)).isEqualTo(waiting.size());

    String csv = demo.as("ps-officer1").getForObject("/api/visits/export.csv?step=" + PLAN_VISIT + "&overdue=true",
        String.class);
    assertThat(csv).contains(late).doesNotContain(fresh, planned);
    assertThat(xlsxRows("ps-officer1", "/api/visits/export.xlsx?step=" + PLAN_VISIT + "&overdue=true"))
        .isEqualTo(overdue.size());

    Set<String> otherUnions = waitingAt("union-ms2", VisitProcess.KEY, PLAN_VISIT, false);
    assertThat(keys(page("ms-officer1", "/api/visits?size=2000&step=" + PLAN_VISIT)))
        .containsExactlyInAnyOrderElementsOf(otherUnions).doesNotContain(late, fresh);
    assertThat(demo.as("ps-rep1").exchange("/api/visits?step=" + PLAN_VISIT, HttpMethod.GET, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aStepTheProcessLacksIsRefusedAtTheField() {
    for (String path : List.of("/api/visits?step=approveAid", "/api/motions?step=planVisit",
        "/api/aid/cases?step=planVisit", "/api/fund/expenses?step=x", "/api/fund/audits?step=planVisit",
        "/api/registers/steps?process=noSuchProcess")) {
      ResponseEntity<Map<String, Object>> refused = demo.as("ps-chair").exchange(path, HttpMethod.GET, null, JSON);
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((List<?>) refused.getBody().get("fieldErrors")).as(path).singleElement()
          .extracting(error -> ((Map<?, ?>) error).get("field"))
          .isEqualTo(path.contains("/steps") ? "process" : "step");
    }
  }

  @Test
  void theStepsOfAProcessAreItsUserTasksWithTheirNames() {
    List<Map<String, Object>> steps = demo.as("ps-leader1").exchange("/api/registers/steps?process="
        + VisitProcess.KEY, HttpMethod.GET, null, JSON_LIST).getBody();
    assertThat(steps).contains(Map.of("step", PLAN_VISIT, "name", "Plan visit / 计划走访"),
        Map.of("step", RECORD_VISIT, "name", "Record visit / 记录走访"));
  }

  @Test
  void everyProcessRegisterListsAndDownloadsTheCasesAtEachOfItsSteps() throws IOException {
    visits.lateFuneral("PS-0016");
    cases.motion("A bike shed by the gate / 门口车棚");
    cases.aidApplication("PS-0015");
    for (ProcessRegister register : List.of(
        new ProcessRegister("ps-officer1", "/api/visits", "/api/visits/export", VisitProcess.KEY, true),
        new ProcessRegister("ps-leader1", "/api/motions", "/api/motions/export", MotionProcess.KEY, true),
        new ProcessRegister("ps-officer1", "/api/aid/cases", "/api/aid/cases/export", AidProcess.KEY, true),
        new ProcessRegister("ps-treasurer", "/api/fund/expenses", "/api/fund/expenses/export", ExpenseProcess.KEY,
            false),
        new ProcessRegister("ps-auditor1", "/api/fund/audits", "/api/fund/audits/export", AuditProcess.KEY, false))) {
      int stepsWithCases = 0;
      for (Map<String, Object> step : demo.as(register.reader()).exchange("/api/registers/steps?process="
          + register.process(), HttpMethod.GET, null, JSON_LIST).getBody()) {
        String id = (String) step.get("step");
        Set<String> waiting = waitingAt(UNION, register.process(), id, false);
        assertThat(listed(register, "step=" + id)).as("%s at %s", register.list(), id)
            .containsExactlyInAnyOrderElementsOf(waiting);
        assertThat(listed(register, "step=" + id + "&overdue=true")).as("%s overdue at %s", register.list(), id)
            .containsExactlyInAnyOrderElementsOf(waitingAt(UNION, register.process(), id, true));
        if (!waiting.isEmpty()) {
          stepsWithCases++;
          String csv = demo.as(register.reader()).getForObject(register.export() + ".csv?step=" + id, String.class);
          assertThat(csv).as(register.export()).contains(waiting);
          assertThat(xlsxRows(register.reader(), register.export() + ".xlsx?step=" + id)).as(register.export())
              .isEqualTo(waiting.size());
        }
      }
      if (register.opened()) {
        assertThat(stepsWithCases).as(register.process()).isPositive();
      }
    }
  }

  /** The business keys of the union's cases with an open task at the step, as the engine holds them. */
  private Set<String> waitingAt(String unionId, String process, String step, boolean overdue) {
    TaskQuery open = tasks.createTaskQuery().tenantIdIn(unionId).processDefinitionKey(process)
        .taskDefinitionKey(step);
    if (overdue) {
      open.dueBefore(Date.from(clock.instant()));
    }
    Set<String> instances = open.list().stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    return instances.isEmpty() ? Set.of() : runtime.createProcessInstanceQuery().processInstanceIds(instances).list()
        .stream().map(ProcessInstance::getBusinessKey).collect(Collectors.toSet());
  }

  private List<String> listed(ProcessRegister register, String filter) {
    if (!register.paged()) {
      return demo.as(register.reader()).exchange(register.list() + "?" + filter, HttpMethod.GET, null, JSON_LIST)
          .getBody().stream().map(row -> (String) row.get("businessKey")).toList();
    }
    Map<String, Object> page = page(register.reader(), register.list() + "?size=2000&" + filter);
    assertThat(total(page)).isEqualTo(rows(page).size());
    return keys(page);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> planVisitBar() {
    Map<String, Object> figures = demo.as("ps-chair").exchange("/api/registers/dashboard", HttpMethod.GET, null, JSON)
        .getBody();
    return ((List<Map<String, Object>>) figures.get("openByStep")).stream()
        .filter(s -> VisitProcess.KEY.equals(s.get("process")) && PLAN_VISIT.equals(s.get("step"))).findFirst()
        .orElseThrow();
  }

  private Map<String, Object> page(String user, String path) {
    ResponseEntity<Map<String, Object>> answer = demo.as(user).exchange(path, HttpMethod.GET, null, JSON);
    assertThat(answer.getStatusCode()).as("%s %s: %s", user, path, answer.getBody()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("content");
  }

  private static List<String> keys(Map<String, Object> page) {
    return rows(page).stream().map(row -> (String) row.get("businessKey")).toList();
  }

  private static long total(Map<String, Object> page) {
    return ((Number) ((Map<?, ?>) page.get("page")).get("totalElements")).longValue();
  }

  private int xlsxRows(String user, String path) throws IOException {
    ResponseEntity<byte[]> xlsx = demo.as(user).getForEntity(path, byte[].class);
    assertThat(xlsx.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      return workbook.getSheetAt(0).getLastRowNum();
    }
  }
}
