package org.unionflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.unionflow.UnionDay;

/**
 * Two app nodes on one PostgreSQL database, Camunda's own clustering: any node works any case, and the job
 * executors of both share the timers without firing one twice.
 */
@EnabledIfEnvironmentVariable(named = PostgresDatabases.URL_VARIABLE, matches = ".+")
class TwoNodesSystemTests {

  private static final LocalDate TODAY = UnionDay.today();
  private static final Duration TIMER_WAIT = Duration.ofSeconds(60);

  @Test
  void aVisitStartedOnOneNodeIsWorkedOnTheOtherAndItsOverdueTimerFiresOnce() throws Exception {
    Map<String, String> properties = new HashMap<>(PostgresDatabases.fresh("unionflow_two_nodes"));
    // production's PostgreSQL profile, with the demo's people
    properties.put("spring.profiles.active", "postgres,demo");
    properties.put("unionflow.demo.history", "false");
    // both job executors poll often, so either may take the timer
    properties.put("camunda.bpm.job-execution.max-wait", "1000");
    // started one after the other: the first creates the schema, seeds the demo and deploys
    try (AppProcess nodeA = AppProcess.start("node-a", properties);
        AppProcess nodeB = AppProcess.start("node-b", properties)) {
      RestClient leaderOnA = new RestClient(nodeA.baseUrl(), "ps-leader1", "demo");
      RestClient officerOnB = new RestClient(nodeB.baseUrl(), "ps-officer1", "demo");
      RestClient treasurerOnB = new RestClient(nodeB.baseUrl(), "ps-treasurer", "demo");
      RestClient chairOnA = new RestClient(nodeA.baseUrl(), "ps-chair", "demo");

      // a funeral five days ago: the two-day deadline has passed, so the timer is due at once
      RestClient.Answer started = leaderOnA.reportVisit("PS-0004", "FUNERAL", TODAY.minusDays(5));
      assertThat(started.ok()).as("report on node A: %s", started.body()).isTrue();
      String businessKey = started.body().get("businessKey").asText();
      String instanceId = started.body().get("id").asText();

      assertThat(officerOnB.claimAndSubmit(businessKey, "planVisit",
          Map.of("plannedDate", TODAY.toString(), "plannedVisitors", "Officer one")).status()).isEqualTo(204);
      JsonNode supervision = awaitTask(chairOnA, businessKey, "superviseOverdueVisit");
      assertThat(supervision.size()).isEqualTo(1);
      assertThat(officerOnB.claimAndSubmit(businessKey, "recordVisit", Map.of("visitDate", TODAY.toString(),
          "visitors", "Officer one", "situation", "Attended the farewell ceremony",
          "moneyHandedOver", Map.of("value", 1000.0, "type", "Double"),
          "hardshipFound", Map.of("value", false, "type", "Boolean"))).status()).isEqualTo(204);
      assertThat(treasurerOnB.claimAndSubmit(businessKey, "payCondolenceMoney",
          Map.of("paidOn", TODAY.toString(), "paymentMethod", "CASH")).status()).isEqualTo(204);

      JsonNode timerRuns = chairOnA.get("/engine-rest/history/activity-instance?processInstanceId=" + instanceId
          + "&activityId=visitOverdue").body();
      assertThat(timerRuns.size()).as("the overdue timer fired exactly once").isEqualTo(1);
      assertThat(chairOnA.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey
          + "&taskDefinitionKey=superviseOverdueVisit").body().size()).isEqualTo(1);
      assertThat(chairOnA.get("/engine-rest/job/count?withException=true").body().get("count").asInt())
          .as("failed jobs").isZero();
      assertThat(chairOnA.get("/engine-rest/incident/count").body().get("count").asInt()).as("incidents").isZero();
      assertThat(chairOnA.get("/api/visits/" + businessKey).body().get("status").asText()).isEqualTo("RECORDED");
      System.out.printf("two nodes: %s started on %s, worked on %s, overdue timer fired %d time(s)%n",
          businessKey, nodeA.baseUrl(), nodeB.baseUrl(), timerRuns.size());
    }
  }

  /** Waits until the case has an open task of that key (a job executor has to fire the timer first). */
  private static JsonNode awaitTask(RestClient client, String businessKey, String taskKey) throws Exception {
    Instant deadline = Instant.now().plus(TIMER_WAIT);
    while (Instant.now().isBefore(deadline)) {
      JsonNode tasks = client.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey
          + "&taskDefinitionKey=" + taskKey).body();
      if (tasks != null && !tasks.isEmpty()) {
        return tasks;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("No " + taskKey + " task for " + businessKey + " within " + TIMER_WAIT);
  }
}
