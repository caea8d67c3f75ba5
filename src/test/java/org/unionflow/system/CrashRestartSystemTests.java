package org.unionflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.visits.VisitProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.unionflow.UnionDay;
import org.unionflow.visits.VisitStatus;

/**
 * SIGKILL in the middle of work: several officers drive visits over REST, the app is killed while their
 * requests are in flight, and after a restart on the same database every acknowledged case is exactly where
 * its last answer left it, and the visit ledger, the fund ledger and the engine agree with each other.
 */
class CrashRestartSystemTests {

  private static final int WORKERS = 4;
  private static final int CASES_PER_WORKER = 8;
  /** About a third of all the work (4 steps a case), so at the kill there are cases at every stage. */
  private static final int KILL_AFTER_ACKNOWLEDGED = 40;
  private static final Duration WORK_TIMEOUT = Duration.ofSeconds(120);
  /** HOSPITALISATION of a few days: the standard is 300 yuan, all of it handed over. */
  private static final BigDecimal MONEY = new BigDecimal("300");
  private static final String DEMO_PASSWORD = "demo";

  private final List<AppProcess> apps = new ArrayList<>();

  @AfterEach
  void stopApps() throws InterruptedException {
    for (AppProcess app : apps) {
      app.close();
    }
  }

  @Test
  void onTheH2FileDatabaseEveryAcknowledgedCaseSurvivesASigkillAndNoPaymentIsHalfWritten() throws Exception {
    Path root = Files.createDirectories(Path.of("target", "system-tests"));
    Path directory = Files.createTempDirectory(root, "crash-h2-").toAbsolutePath();
    crashAndRestart("crash-h2", Map.of("spring.datasource.url",
        "jdbc:h2:file:" + directory.resolve("unionflow") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000"),
        "demo");
  }

  @Test
  @EnabledIfEnvironmentVariable(named = PostgresDatabases.URL_VARIABLE, matches = ".+")
  void onPostgresqlEveryAcknowledgedCaseSurvivesASigkillAndNoPaymentIsHalfWritten() throws Exception {
    // production's PostgreSQL profile, with the demo's people
    crashAndRestart("crash-pg", PostgresDatabases.fresh("unionflow_crash"), "postgres,demo");
  }

  private void crashAndRestart(String name, Map<String, String> database, String profiles) throws Exception {
    Map<String, String> properties = new HashMap<>(database);
    properties.put("spring.profiles.active", profiles);
    properties.put("unionflow.demo.history", "false");
    Instant begin = Instant.now();
    AppProcess first = start(name + "-killed", properties);
    Instant started = Instant.now();

    Workload work = new Workload(first.baseUrl());
    work.start();
    try {
      work.awaitAcknowledged(KILL_AFTER_ACKNOWLEDGED);
      work.awaitAStateChangeInFlight();
    } finally {
      // also when the wait failed: the workers stop at their next request
      work.killed = true;
      first.kill();
    }
    Instant killed = Instant.now();
    work.awaitStopped();
    assertThat(work.unexpected).as("errors before the kill").isEmpty();
    assertThat(work.refusals).as("requests refused before the kill").isEmpty();

    AppProcess second = start(name + "-restarted", properties);
    Instant restarted = Instant.now();
    RestClient chair = new RestClient(second.baseUrl(), "ps-chair", DEMO_PASSWORD);
    Map<String, Stage> found = assertLedgersAgreeWithTheEngine(chair);

    List<Case> acknowledged = work.cases().stream().filter(c -> c.acknowledged != Stage.NOT_STARTED).toList();
    List<Case> inFlight = work.cases().stream().filter(c -> c.inFlight).toList();
    long startsInFlight = inFlight.stream().filter(c -> c.acknowledged == Stage.NOT_STARTED).count();
    // cut off, yet committed: the case is one step further than its last answer said (or exists at all)
    long committedUnanswered = inFlight.stream().filter(c -> c.acknowledged != Stage.NOT_STARTED
        && found.get(c.businessKey) == c.acknowledged.next()).count() + found.size() - acknowledged.size();
    Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
    found.values().forEach(stage -> stages.merge(stage, 1, Integer::sum));
    System.out.printf("%s: started %d, acknowledged %d, found after restart %d, in flight at the kill %d"
            + " (%d of them starts, %d committed unanswered); %d state changes acknowledged; stages after restart %s;"
            + " start %d s, work until the kill %d s, restart %d s%n",
        name, work.reportsSent.get(), acknowledged.size(), found.size(), inFlight.size(), startsInFlight,
        committedUnanswered, work.acknowledgedChanges.get(), stages, Duration.between(begin, started).toSeconds(),
        Duration.between(started, killed).toSeconds(), Duration.between(killed, restarted).toSeconds());

    // the kill cut off at least one request that changes a case, or this test proves nothing
    assertThat(inFlight).as("state-changing requests cut off by the kill").isNotEmpty();
    for (Case c : acknowledged) {
      Stage expected = c.acknowledged;
      assertThat(found).as("%s (acknowledged at %s)", c.businessKey, expected).containsKey(c.businessKey);
      // a request cut off by the kill may have committed without its answer arriving: one step further
      List<Stage> allowed = c.inFlight ? List.of(expected, expected.next()) : List.of(expected);
      assertThat(found.get(c.businessKey)).as("%s, acknowledged at %s, %s at the kill", c.businessKey, expected,
          c.inFlight ? "a request in flight" : "nothing in flight").isIn(allowed);
    }
    // cases nobody was told about exist only if their start was cut off (and committed)
    assertThat(found.size()).as("cases after restart").isBetween(acknowledged.size(),
        acknowledged.size() + (int) startsInFlight);

    // the restarted app carries on: one case at each open stage moves a step (as the worker's users, who may
    // hold its task claimed), and the ledgers still agree
    Map<String, Stage> movedOn = new LinkedHashMap<>();
    for (Stage stage : List.of(Stage.AT_PLAN, Stage.AT_RECORD, Stage.AT_PAY)) {
      var someCase = acknowledged.stream().filter(c -> found.get(c.businessKey) == stage).findFirst();
      if (someCase.isPresent()) {
        Case c = someCase.get();
        RestClient.Answer answer = new Actors(second.baseUrl(), c.worker, () -> false).advance(c, stage);
        assertThat(answer.status()).as("%s at %s after restart: %s", c.businessKey, stage, answer.body())
            .isBetween(200, 299);
        movedOn.put(c.businessKey, stage.next());
      }
    }
    assertThat(assertLedgersAgreeWithTheEngine(chair)).containsAllEntriesOf(movedOn);
  }

  private AppProcess start(String name, Map<String, String> properties) throws IOException, InterruptedException {
    AppProcess app = AppProcess.start(name, properties);
    apps.add(app);
    return app;
  }

  /**
   * Checks every visit row against its process instance and every fund ledger entry against its visit; answers
   * where each case stands by business key.
   */
  private static Map<String, Stage> assertLedgersAgreeWithTheEngine(RestClient chair)
      throws IOException, InterruptedException {
    Map<String, JsonNode> visits = new LinkedHashMap<>();
    elements(ok(chair.get("/api/visits?size=1000&sort=businessKey")).get("content"))
        .forEach(visit -> visits.put(visit.get("businessKey").asText(), visit));
    List<JsonNode> ledger = elements(ok(chair.get("/api/fund/ledger?size=1000&sort=voucherNo")).get("content"));
    Map<String, EngineCase> instances = casesInTheEngine(chair);

    assertThat(instances.keySet()).as("cases in the engine").containsExactlyInAnyOrderElementsOf(visits.keySet());
    // keys come from counters in the case's own transaction: a rolled-back start leaves no gap
    int year = UnionDay.today().getYear();
    assertThat(visits.keySet()).containsExactlyElementsOf(IntStream.rangeClosed(1, visits.size())
        .mapToObj(n -> String.format("%s-%d-%03d", BUSINESS_KEY_PREFIX, year, n)).toList());
    assertThat(ledger).extracting(entry -> entry.get("voucherNo").asText())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, ledger.size())
            .mapToObj(n -> String.format("PZ-%d-%04d", year, n)).toList());

    Map<String, Stage> stages = new LinkedHashMap<>();
    for (JsonNode visit : visits.values()) {
      String businessKey = visit.get("businessKey").asText();
      EngineCase instance = instances.get(businessKey);
      assertThat(visit.get("processInstanceId").asText()).as("instance of %s", businessKey)
          .isEqualTo(instance.processInstanceId());
      Stage stage = instance.stage();
      stages.put(businessKey, stage);
      assertThat(visit.get("status").asText()).as("status of %s at %s", businessKey, stage)
          .isEqualTo(stage.visitStatus.name());
      List<JsonNode> entries = ledger.stream().filter(e -> businessKey.equals(e.get("businessKey").asText())).toList();
      if (stage == Stage.DONE) {
        assertThat(entries).as("ledger entries of %s", businessKey).singleElement().satisfies(entry -> {
          assertThat(visit.get("ledgerEntryId").asLong()).isEqualTo(entry.get("id").asLong());
          assertThat(entry.get("amount").decimalValue()).isEqualByComparingTo(visit.get("moneyHandedOver")
              .decimalValue()).isEqualByComparingTo(MONEY);
        });
      } else {
        assertThat(entries).as("ledger entries of %s at %s", businessKey, stage).isEmpty();
        assertThat(visit.get("ledgerEntryId").isNull()).as("ledger entry id of %s", businessKey).isTrue();
        if (stage == Stage.AT_PAY) {
          assertThat(visit.get("moneyHandedOver").decimalValue()).as("money of %s", businessKey)
              .isEqualByComparingTo(MONEY);
        } else {
          assertThat(visit.get("moneyHandedOver").isNull()).as("money of %s", businessKey).isTrue();
        }
      }
    }
    // every entry belongs to a paid visit (checked above from the visit's side; here from the entry's)
    for (JsonNode entry : ledger) {
      JsonNode visit = visits.get(entry.get("businessKey").asText());
      assertThat(visit).as("visit of ledger entry %s", entry.get("voucherNo").asText()).isNotNull();
      assertThat(visit.get("status").asText()).isIn(VisitStatus.PAID.name(), VisitStatus.RECORDED.name());
      assertThat(visit.get("ledgerEntryId").asLong()).isEqualTo(entry.get("id").asLong());
    }
    return stages;
  }

  /**
   * Every case the engine has, by business key (one instance each), with the stage it is at: its one open
   * task, or ended at "Visit recorded". A few queries for all cases, not a few per case: the machine is slow.
   */
  private static Map<String, EngineCase> casesInTheEngine(RestClient chair)
      throws IOException, InterruptedException {
    String ofTheProcess = "processDefinitionKey=" + KEY + "&maxResults=1000";
    List<JsonNode> history = elements(ok(chair.get("/engine-rest/history/process-instance?" + ofTheProcess)));
    List<String> running = elements(ok(chair.get("/engine-rest/process-instance?" + ofTheProcess))).stream()
        .map(instance -> instance.get("id").asText()).toList();
    Map<String, List<String>> openTasks = new HashMap<>();
    elements(ok(chair.get("/engine-rest/task?" + ofTheProcess))).forEach(task -> openTasks
        .computeIfAbsent(task.get("processInstanceId").asText(), id -> new ArrayList<>())
        .add(task.get("taskDefinitionKey").asText()));
    List<String> recorded = elements(ok(chair.get("/engine-rest/history/activity-instance?activityId="
        + VISIT_RECORDED + "&maxResults=1000"))).stream().map(end -> end.get("processInstanceId").asText()).toList();

    Map<String, EngineCase> instances = new LinkedHashMap<>();
    for (JsonNode instance : history) {
      String id = instance.get("id").asText();
      String businessKey = instance.get("businessKey").asText();
      List<String> tasks = openTasks.getOrDefault(id, List.of());
      Stage stage;
      if (running.contains(id)) {
        assertThat(tasks).as("open tasks of %s", businessKey).hasSize(1);
        stage = Arrays.stream(Stage.values()).filter(candidate -> tasks.get(0).equals(candidate.openTask))
            .findFirst().orElseThrow(() -> new AssertionError(businessKey + " waits at " + tasks));
      } else {
        assertThat(instance.get("state").asText()).as("state of %s", businessKey).isEqualTo("COMPLETED");
        assertThat(recorded).as("ended at %s: %s", VISIT_RECORDED, businessKey).contains(id);
        assertThat(tasks).as("open tasks of ended %s", businessKey).isEmpty();
        stage = Stage.DONE;
      }
      EngineCase previous = instances.put(businessKey, new EngineCase(id, stage));
      assertThat(previous).as("another instance of %s", businessKey).isNull();
    }
    return instances;
  }

  private static JsonNode ok(RestClient.Answer answer) {
    assertThat(answer.status()).as("answer %s", answer.body()).isBetween(200, 299);
    return answer.body();
  }

  private static List<JsonNode> elements(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private record EngineCase(String processInstanceId, Stage stage) {
  }

  /** Where a case stands: what it waits for in the engine and its status in the visit ledger. */
  private enum Stage {
    NOT_STARTED(null, null),
    AT_PLAN(PLAN_VISIT, VisitStatus.REPORTED),
    AT_RECORD(RECORD_VISIT, VisitStatus.PLANNED),
    AT_PAY(PAY_CONDOLENCE_MONEY, VisitStatus.VISITED),
    DONE(null, VisitStatus.RECORDED);

    final String openTask;
    final VisitStatus visitStatus;

    Stage(String openTask, VisitStatus visitStatus) {
      this.openTask = openTask;
      this.visitStatus = visitStatus;
    }

    Stage next() {
      return values()[ordinal() + 1];
    }
  }

  /** One case as its worker knows it: written by the worker, read by the test once the worker stopped. */
  private static final class Case {
    final int worker;
    final String staffNo;
    volatile String businessKey;
    volatile String processInstanceId;
    /** The stage the last acknowledged (2xx) request left the case at. */
    volatile Stage acknowledged = Stage.NOT_STARTED;
    /** A request that moves the case on was sent and its answer never came. */
    volatile boolean inFlight;

    Case(int worker, String staffNo) {
      this.worker = worker;
      this.staffNo = staffNo;
    }
  }

  /** The demo users one worker acts as: a group leader reports, an officer plans and records, the treasurer pays. */
  private static final class Actors {
    final String officerId;
    final RestClient leader;
    final RestClient officer;
    final RestClient treasurer;
    /** Set at the kill: from then on nothing is sent, so every request still in flight was sent before it. */
    final BooleanSupplier stopped;

    Actors(String baseUrl, int worker, BooleanSupplier stopped) {
      this.stopped = stopped;
      officerId = "ps-officer" + (worker % 2 + 1);
      leader = new RestClient(baseUrl, "ps-leader" + (worker % 2 + 1), DEMO_PASSWORD);
      officer = new RestClient(baseUrl, officerId, DEMO_PASSWORD);
      treasurer = new RestClient(baseUrl, "ps-treasurer", DEMO_PASSWORD);
    }

    /**
     * Moves the case one step on from the stage given; answers the answer to the request that does it, or to
     * the first one refused on the way. Marks the case in flight while that request is unanswered.
     */
    RestClient.Answer advance(Case c, Stage at) throws IOException, InterruptedException {
      String today = UnionDay.today().toString();
      if (at == Stage.NOT_STARTED) {
        send(c);
        RestClient.Answer started = leader.reportVisit(c.staffNo, "HOSPITALISATION", UnionDay.today());
        if (started.ok()) {
          c.businessKey = started.body().get("businessKey").asText();
          c.processInstanceId = started.body().get("id").asText();
          c.acknowledged = Stage.AT_PLAN;
        }
        c.inFlight = false;
        return started;
      }
      RestClient user = at == Stage.AT_PAY ? treasurer : officer;
      String userId = at == Stage.AT_PAY ? "ps-treasurer" : officerId;
      RestClient.Answer tasks = user.get("/engine-rest/task?processInstanceId=" + c.processInstanceId
          + "&taskDefinitionKey=" + at.openTask);
      if (!tasks.ok() || tasks.body().size() != 1) {
        return new RestClient.Answer(tasks.ok() ? 404 : tasks.status(), tasks.body());
      }
      String taskId = tasks.body().get(0).get("id").asText();
      RestClient.Answer claim = user.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", userId));
      if (!claim.ok()) {
        return claim;
      }
      Map<String, Object> variables = switch (at) {
        case AT_PLAN -> Map.of(PLANNED_DATE, RestClient.value(today), PLANNED_VISITORS, RestClient.value("Wang Li"));
        case AT_RECORD -> Map.of(VISIT_DATE, RestClient.value(today), VISITORS, RestClient.value("Wang Li"),
            SITUATION, RestClient.value("Recovering at home after an operation"),
            MONEY_HANDED_OVER, Map.of("value", MONEY.doubleValue(), "type", "Double"),
            HARDSHIP_FOUND, Map.of("value", false, "type", "Boolean"));
        case AT_PAY -> Map.of(PAID_ON, RestClient.value(today), PAYMENT_METHOD, RestClient.value("BANK_TRANSFER"));
        default -> throw new IllegalArgumentException(at.name());
      };
      send(c);
      RestClient.Answer submitted = user.post("/engine-rest/task/" + taskId + "/submit-form",
          Map.of("variables", variables));
      if (submitted.ok()) {
        c.acknowledged = at.next();
      }
      c.inFlight = false;
      return submitted;
    }

    private void send(Case c) throws IOException {
      if (stopped.getAsBoolean()) {
        throw new IOException("stopped: the app is being killed");
      }
      c.inFlight = true;
    }
  }

  /** Workers, each driving its own batch of cases in a random order until the kill cuts them off. */
  private static final class Workload {
    final String baseUrl;
    final List<List<Case>> casesByWorker = new ArrayList<>();
    final AtomicInteger reportsSent = new AtomicInteger();
    final AtomicInteger acknowledgedChanges = new AtomicInteger();
    final CountDownLatch killPoint = new CountDownLatch(KILL_AFTER_ACKNOWLEDGED);
    final List<String> refusals = new CopyOnWriteArrayList<>();
    final List<Throwable> unexpected = new CopyOnWriteArrayList<>();
    final ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    volatile boolean killed;

    Workload(String baseUrl) {
      this.baseUrl = baseUrl;
      for (int worker = 0; worker < WORKERS; worker++) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < CASES_PER_WORKER; i++) {
          cases.add(new Case(worker, String.format("PS-%04d", (worker * CASES_PER_WORKER + i) % 26 + 1)));
        }
        casesByWorker.add(cases);
      }
    }

    List<Case> cases() {
      return casesByWorker.stream().flatMap(List::stream).toList();
    }

    void start() {
      for (int worker = 0; worker < WORKERS; worker++) {
        int number = worker;
        pool.submit(() -> work(number));
      }
      pool.shutdown();
    }

    void awaitAcknowledged(int count) throws InterruptedException {
      Instant deadline = Instant.now().plus(WORK_TIMEOUT);
      while (!killPoint.await(200, TimeUnit.MILLISECONDS)) {
        assertThat(unexpected).as("errors before the kill").isEmpty();
        assertThat(refusals).as("requests refused before the kill").isEmpty();
        assertThat(Instant.now()).as("%d of %d state changes acknowledged in time", acknowledgedChanges.get(),
            count).isBefore(deadline);
      }
    }

    /** Busy workers are nearly always mid-request; wait for the moment one of them moves a case. */
    void awaitAStateChangeInFlight() {
      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (cases().stream().noneMatch(c -> c.inFlight)) {
        assertThat(Instant.now()).as("a state change in flight").isBefore(deadline);
        LockSupport.parkNanos(100_000);
      }
    }

    void awaitStopped() throws InterruptedException {
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).as("workers stopped after the kill").isTrue();
    }

    private void work(int worker) {
      Actors actors = new Actors(baseUrl, worker, () -> killed);
      Random random = new Random(worker);
      List<Case> mine = casesByWorker.get(worker);
      try {
        while (!killed && refusals.isEmpty()) {
          // worker n keeps n + 1 cases open: the first finishes case after case, the last spreads its steps
          // over four, so at the kill there are cases at every stage
          List<Case> open = mine.stream().filter(c -> c.acknowledged != Stage.DONE).limit(worker + 1).toList();
          if (open.isEmpty()) {
            return;
          }
          Case c = open.get(random.nextInt(open.size()));
          Stage at = c.acknowledged;
          if (at == Stage.NOT_STARTED) {
            reportsSent.incrementAndGet();
          }
          RestClient.Answer answer = actors.advance(c, at);
          if (answer.ok()) {
            acknowledgedChanges.incrementAndGet();
            killPoint.countDown();
          } else {
            refusals.add(c.businessKey + " at " + at + ": " + answer.status() + " " + answer.body());
          }
        }
      } catch (IOException cutOff) {
        // after the kill: expected, the answer never comes
        if (!killed) {
          unexpected.add(cutOff);
        }
      } catch (Throwable e) {
        unexpected.add(e);
      }
    }
  }
}
