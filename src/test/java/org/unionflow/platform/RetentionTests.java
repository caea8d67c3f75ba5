package org.unionflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionflow.UnionFlowTest;

/** History is kept ten years for the auditors and cleaned up in a nightly window. */
@UnionFlowTest
class RetentionTests {

  @Autowired HistoryService history;
  @Autowired RepositoryService repository;

  @Test
  void everyProcessKeepsItsHistoryTenYears() {
    assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
        .isNotEmpty()
        .extracting(ProcessDefinition::getHistoryTimeToLive)
        .containsOnly(3650);
  }

  @Test
  void historyCleanupIsScheduledAtNight() {
    assertThat(history.findHistoryCleanupJobs()).isNotEmpty().allSatisfy(job -> {
      LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
      assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
    });
  }
}
