package org.unionflow.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.unionflow.audit.AuditOpening;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.motions.MotionService;
import org.unionflow.platform.Groups;

/**
 * A year of history for each demo base union, produced by working the real processes as the demo people
 * (visits, motions, hardship aid, expenses, audits), so the registers and dashboards show figures and every
 * demo user has work on a first start. Runs after {@link DemoData}, only into a database without cases: a
 * restart, or a database someone has worked in, is left alone. {@code unionflow.demo.history=false} skips it.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "unionflow.demo.history", havingValue = "true", matchIfMissing = true)
@Order(3)
@RequiredArgsConstructor
class DemoHistory implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);

  private final IdentityService identity;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final HistoryService history;
  private final FundLedgerService ledger;
  private final MotionService motions;
  private final AuditOpening auditOpening;
  private final Clock clock;

  @Override
  public void run(ApplicationArguments args) {
    if (!DemoData.BASE_UNIONS.stream().allMatch(union -> ledger.hasBudget(union.id()))
        || history.createHistoricProcessInstanceQuery().count() > 0) {
      return;
    }
    long started = System.nanoTime();
    // CPU time too: on a busy machine the wall time says more about the neighbours than about the history
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    DemoYear year = DemoYear.endingOn(LocalDate.now(clock));
    for (DemoUnion union : DemoData.BASE_UNIONS) {
      seed(new DemoSteps(identity, runtime, tasks, management, union), year);
    }
    LOG.info("Demo history: {} cases over {} to {} in {} s ({} s CPU)",
        history.createHistoricProcessInstanceQuery().count(), year.first(), year.today(),
        Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0,
        Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStarted).toMillis() / 1000.0);
  }

  private void seed(DemoSteps steps, DemoYear year) {
    new VisitHistory(steps, year).run();
    new AidHistory(steps, year).run();
    if (motions.currentSession(steps.union().id()).isPresent() && steps.has(Groups.REPRESENTATIVES, 3)) {
      new MotionHistory(steps).run();
    }
    FundHistory fund = new FundHistory(steps, year, ledger, auditOpening);
    fund.expenses();
    fund.audits();
  }
}
