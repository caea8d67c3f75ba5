package org.unionflow.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.JSON_LIST;
import static org.unionflow.DemoUsersOverHttp.typed;
import static org.unionflow.DemoUsersOverHttp.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.aid.AidProcess;
import org.unionflow.expenses.ExpenseProcess;
import org.unionflow.members.MemberService;
import org.unionflow.motions.MotionProcess;
import org.unionflow.visits.VisitProcess;

/**
 * Every process names its case on the first task it opens, in words: business key, who or what, labels not
 * codes; and every shared Tasklist filter shows that title on its cards.
 */
@UnionFlowTest
class CaseTitleTests {

  private static final String TODAY = UnionDay.today().toString();

  @Autowired DemoUsersOverHttp demo;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired FilterService filters;
  @Autowired MemberService members;

  @Test
  void aVisitIsTitledWithTheMemberAndTheEventLabel() {
    String businessKey = reportVisit("ps-leader1", "PS-0011", "WEDDING", "Marries in the spring");

    assertThat(titleAtFirstTask(businessKey)).isEqualTo(businessKey + " · " + memberName("PS-0011")
        + " · Wedding / 结婚");
    assertThat(variable(businessKey, "eventTypeLabel")).isEqualTo("Wedding / 结婚");
    assertThat(variable(businessKey, "visitDeadlineLabel")).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(variable(businessKey, "standardAmountLabel")).matches("¥[\\d,]+\\.\\d{2}");
  }

  @Test
  void whatATaskShowsIsNotKeptInItsHistoryButTheCaseIs() {
    String businessKey = reportVisit("ps-leader1", "PS-0019", "CHILDBIRTH", "A daughter");
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();

    assertThat(tasks.getVariablesLocal(task.getId())).containsKeys(CaseDisplay.CASE_TITLE, "eventTypeLabel");
    assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(task.getId()).count()).isZero();
    assertThat(history.createHistoricDetailQuery().taskId(task.getId()).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .variableName(VisitProcess.DETAILS).singleResult().getValue()).isEqualTo("A daughter");
  }

  @Test
  void aMotionIsTitledWithItsTitle() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(MotionProcess.TITLE, value("Longer library hours / 延长图书馆开放时间"));
    variables.put(MotionProcess.CATEGORY, value("WELFARE"));
    variables.put(MotionProcess.REASONS, value("The library closes before lessons end"));
    variables.put(MotionProcess.MEASURES, value("Open until seven"));
    variables.put(MotionProcess.CO_SIGNERS, typed("[\"ps-rep2\", \"ps-rep3\"]", "Json"));
    String businessKey = start("ps-rep1", MotionProcess.KEY, variables);

    assertThat(titleAtFirstTask(businessKey)).isEqualTo(businessKey + " · Longer library hours / 延长图书馆开放时间");
    assertThat(variable(businessKey, "categoryLabel")).isEqualTo("Welfare / 福利");
  }

  @Test
  void anExpenseIsTitledWithThePayeeAndTheAmountInYuan() {
    long line = demo.as("ps-officer1").exchange("/api/fund/budget-lines", HttpMethod.GET, null, JSON_LIST).getBody()
        .stream().filter(budget -> "EDUCATION".equals(budget.get("category")))
        .map(budget -> ((Number) budget.get("id")).longValue()).findFirst().orElseThrow();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ExpenseProcess.PURPOSE, value("First-aid course / 急救培训"));
    variables.put(ExpenseProcess.CATEGORY, value("EDUCATION"));
    variables.put(ExpenseProcess.BUDGET_LINE_ID, typed(line, "Long"));
    variables.put(ExpenseProcess.AMOUNT, value("1234.50"));
    variables.put(ExpenseProcess.PAYEE, value("Red Cross / 红十字会"));
    variables.put(ExpenseProcess.PLANNED_DATE, value(TODAY));
    String businessKey = start("ps-officer1", ExpenseProcess.KEY, variables);

    assertThat(titleAtFirstTask(businessKey)).isEqualTo(businessKey + " · Red Cross / 红十字会 · ¥1,234.50");
    assertThat(variable(businessKey, "categoryLabel")).isEqualTo("Education and training / 教育培训");
  }

  @Test
  void anAuditIsTitledWithItsPeriod() {
    ResponseEntity<Map<String, Object>> started = demo.as("ps-auditor1").exchange("/api/fund/audits",
        HttpMethod.POST, new HttpEntity<>(Map.of("periodStart", "2025-03-01", "periodEnd", "2025-03-31")), JSON);
    assertThat(started.getStatusCode()).as("audit: %s", started.getBody()).isEqualTo(HttpStatus.CREATED);
    String businessKey = (String) started.getBody().get("businessKey");

    assertThat(titleAtFirstTask(businessKey)).isEqualTo(businessKey + " · 2025-03-01 – 2025-03-31");
  }

  @Test
  void anAidCaseIsTitledWithTheMemberAndTheCategoryLabel() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AidProcess.MEMBER_STAFF_NO, value("PS-0012"));
    variables.put(AidProcess.SOURCE, value("APPLICATION"));
    variables.put(AidProcess.CATEGORY, value("SERIOUS_ILLNESS"));
    variables.put(AidProcess.HOUSEHOLD_SIZE, typed(4, "Long"));
    variables.put(AidProcess.INCOME_PER_HEAD, typed(1500.0, "Double"));
    variables.put(AidProcess.DESCRIPTION, value("Long treatment in hospital"));
    String businessKey = start("ps-officer1", AidProcess.KEY, variables);

    assertThat(titleAtFirstTask(businessKey)).isEqualTo(businessKey + " · " + memberName("PS-0012")
        + " · Serious illness / 重大疾病");
  }

  @Test
  void everySharedFilterShowsTheCaseTitleOnItsCards() {
    List<Filter> shared = filters.createFilterQuery().list();
    assertThat(shared).extracting(Filter::getName).contains("My groups' tasks / 我组任务", "Assigned to me / 我的任务",
        "Overdue / 已逾期");
    for (Filter filter : shared) {
      assertThat(filter.getProperties().get("variables")).as(filter.getName())
          .isEqualTo(List.of(Map.of("name", CaseDisplay.CASE_TITLE, "label", "Case / 案件")));
    }
  }

  @Test
  void aTaskCardOfMyGroupsTasksCarriesTheCaseTitle() {
    String businessKey = reportVisit("ps-leader2", "PS-0013", "RETIREMENT", "Retires this month");
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    String filterId = filters.createFilterQuery().filterName("My groups' tasks / 我组任务").singleResult().getId();

    // what Tasklist asks for to draw the cards: the tasks with the filter's variables embedded
    HttpHeaders hal = new HttpHeaders();
    hal.set(HttpHeaders.ACCEPT, "application/hal+json");
    ResponseEntity<Map<String, Object>> cards = demo.as("ps-officer2").exchange("/engine-rest/filter/" + filterId
        + "/list?firstResult=0&maxResults=500", HttpMethod.GET, new HttpEntity<>(hal), JSON);

    assertThat(cards.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> card = embedded(cards.getBody(), "task").stream()
        .filter(task -> taskId.equals(task.get("id"))).findFirst().orElseThrow();
    assertThat(embedded(card, "variable")).singleElement().satisfies(shown -> {
      assertThat(shown.get("name")).isEqualTo(CaseDisplay.CASE_TITLE);
      assertThat(shown.get("value")).isEqualTo(businessKey + " · " + memberName("PS-0013") + " · Retirement / 退休");
    });
  }

  /** A visit reported by a leader of the union, who is its reporter. */
  private String reportVisit(String leader, String staffNo, String eventType, String details) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(VisitProcess.MEMBER_STAFF_NO, value(staffNo));
    variables.put(VisitProcess.EVENT_TYPE, value(eventType));
    variables.put(VisitProcess.EVENT_DATE, value(TODAY));
    variables.put(VisitProcess.DETAILS, value(details));
    variables.put(VisitProcess.REPORTER, value(leader));
    return start(leader, VisitProcess.KEY, variables);
  }

  private String start(String user, String processKey, Map<String, Object> variables) {
    ResponseEntity<Map<String, Object>> started = demo.as(user).exchange("/engine-rest/process-definition/key/"
        + processKey + "/submit-form", HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables)), JSON);
    assertThat(started.getStatusCode()).as("%s started: %s", processKey, started.getBody()).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("businessKey");
  }

  /** The case title once the case waits at its first user task. */
  private String titleAtFirstTask(String businessKey) {
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).count()).isPositive();
    return variable(businessKey, CaseDisplay.CASE_TITLE);
  }

  /** A variable of the case's first open task. */
  private String variable(String businessKey, String name) {
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list().get(0).getId();
    return (String) tasks.getVariableLocal(taskId, name);
  }

  private String memberName(String staffNo) {
    return members.findByStaffNo("union-ps1", staffNo).orElseThrow().getName();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> embedded(Map<String, Object> hal, String relation) {
    return (List<Map<String, Object>>) ((Map<String, Object>) hal.get("_embedded")).get(relation);
  }
}
