package org.unionflow.audit;

import static org.unionflow.audit.AuditProcess.*;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionflow.fund.Direction;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.fund.LedgerEntry;
import org.unionflow.platform.Groups;
import org.unionflow.platform.engine.UnionTenantIdProvider;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.keys.KeyCounters;
import org.unionflow.platform.engine.ThisCase;
import org.unionflow.platform.web.NotFoundException;

/**
 * The fund audit (经费审查): the package, a reproducible sample, findings per sampled voucher, their
 * rectification and re-check, and the report the auditors vote on.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

  private static final MonthDay FIRST_HALF_START = MonthDay.of(1, 1);
  private static final MonthDay SECOND_HALF_START = MonthDay.of(7, 1);
  private static final Pattern FINDING = Pattern.compile("^\\s*(\\S+?)\\s*:\\s*(OK|ISSUE)\\b\\s*(.*)$");
  private static final Pattern RESPONSE = Pattern.compile("^\\s*#(\\d+)\\s*:\\s*(.*)$");
  private static final Pattern RECHECK_LINE = Pattern.compile("^\\s*#(\\d+)\\s*:\\s*(RESOLVED|OPEN)\\b\\s*(.*)$");

  private final FundAuditRepository audits;
  private final AuditSampleRepository samples;
  private final AuditFindingRepository findings;
  private final AuditVoteRepository votes;
  private final FundLedgerService ledger;
  private final AuditSettings settings;
  private final KeyCounters counters;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final Clock clock;
  private final Random seeds = new SecureRandom();

  AuditService(FundAuditRepository audits, AuditSampleRepository samples, AuditFindingRepository findings,
      AuditVoteRepository votes, FundLedgerService ledger, AuditSettings settings,
      KeyCounters counters, IdentityService identity, RuntimeService runtime, Clock clock) {
    this.audits = audits;
    this.samples = samples;
    this.findings = findings;
    this.votes = votes;
    this.ledger = ledger;
    this.settings = settings;
    this.counters = counters;
    this.identity = identity;
    this.runtime = runtime;
    this.clock = clock;
  }

  /**
   * The half-year a semester audit starting on that day covers: the last one ending before a month from then,
   * so late June audits January–June and January audits July–December of the year before.
   */
  public static Period semester(LocalDate day) {
    LocalDate ahead = day.plusMonths(1);
    LocalDate halfStart = ahead.getMonthValue() >= SECOND_HALF_START.getMonthValue()
        ? SECOND_HALF_START.atYear(ahead.getYear()) : FIRST_HALF_START.atYear(ahead.getYear());
    LocalDate from = halfStart.minusMonths(6);
    return new Period(from, halfStart.minusDays(1), from.getMonthValue() == 1 ? FIRST_HALF : SECOND_HALF);
  }

  /** A period with its half-year name when it is exactly one. */
  public record Period(LocalDate from, LocalDate to, String half) {
  }

  /**
   * Starts the semester audit of every union that keeps a budget, unless the union already audits that
   * semester (started on demand). Returns the business keys started.
   */
  @Transactional
  public List<String> startSemesterAudits() {
    Period period = semester(LocalDate.now(clock));
    String key = semesterKey(period);
    List<String> started = new ArrayList<>();
    for (String unionId : ledger.unionsWithBudget()) {
      if (!audits.existsByUnionIdAndBusinessKey(unionId, key)) {
        runtime.startProcessInstanceByMessage(AUDIT_REQUESTED_MESSAGE, Variables.createVariables()
            .putValue(UnionTenantIdProvider.UNION_ID, unionId).putValue(PERIOD_START, period.from().toString())
            .putValue(PERIOD_END, period.to().toString()));
        started.add(unionId + "/" + key);
      }
    }
    return started;
  }

  /**
   * The audit committee starts an audit of any period on demand; refused, with nothing started, when the end
   * precedes the start or the half-year is already audited. Returns the audit opened.
   */
  @Transactional
  public FundAudit request(String unionId, LocalDate from, LocalDate to, String auditor) {
    FundLedgerService.checkPeriod(from, to, PERIOD_START, PERIOD_END);
    String half = halfOf(from, to);
    if (half != null && audits.existsByUnionIdAndBusinessKey(unionId, semesterKey(new Period(from, to, half)))) {
      throw FieldErrors.single(PERIOD_START, "this union already audits that half-year");
    }
    String processInstanceId = runtime.startProcessInstanceByMessage(AUDIT_REQUESTED_MESSAGE,
        Variables.createVariables().putValue(UnionTenantIdProvider.UNION_ID, unionId)
            .putValue(PERIOD_START, from.toString()).putValue(PERIOD_END, to.toString()).putValue(INITIATOR, auditor))
        .getId();
    return audits.findByProcessInstanceId(processInstanceId).orElseThrow();
  }

  /** Opens the audit; a half-year is keyed AUD-2026-H1, any other period AUD-2026-001. */
  @Transactional
  public FundAudit open(String unionId, String processInstanceId, LocalDate from, LocalDate to, String startedBy) {
    FundLedgerService.checkPeriod(from, to, PERIOD_START, PERIOD_END);
    String half = halfOf(from, to);
    String key;
    if (half != null) {
      key = semesterKey(new Period(from, to, half));
      if (audits.existsByUnionIdAndBusinessKey(unionId, key)) {
        throw FieldErrors.single(PERIOD_START, "this union already audits that half-year (" + key + ")");
      }
    } else {
      key = counters.nextBusinessKey(BUSINESS_KEY_PREFIX, from.getYear());
    }
    return audits.save(new FundAudit(unionId, key, processInstanceId, from, to, startedBy, Instant.now(clock),
        settings.sampleAbove(), settings.sampleSize(), seeds.nextLong()));
  }

  /** The audit committee of the union, in a stable order. */
  public List<String> auditors(String unionId) {
    return identity.createUserQuery().memberOfGroup(Groups.AUDITORS).memberOfTenant(unionId).orderByUserId().asc()
        .list().stream().map(User::getId).toList();
  }

  public AuditPackage auditPackage(FundAudit audit) {
    return new AuditPackage(ledger.period(audit.getUnionId(), audit.getPeriodStart(), audit.getPeriodEnd()),
        ledger.execution(audit.getUnionId(), audit.getPeriodStart(), audit.getPeriodEnd()));
  }

  /** The package as the treasurer's form shows it. */
  public String packageSummary(long auditId) {
    AuditPackage p = auditPackage(get(auditId));
    StringBuilder text = new StringBuilder("Income / 收入: " + p.incomeTotal().toPlainString() + " · Expense / 支出: "
        + p.expenseTotal().toPlainString() + " · Vouchers / 凭证: " + p.vouchers().size() + "\n");
    p.ledger().byCategory().forEach(c -> text.append("\n- ").append(c.label()).append(": ")
        .append(c.expense().toPlainString()));
    return text.toString();
  }

  /** The treasurer confirms the package; its totals are kept and the sample is drawn with the audit's seed. */
  @Transactional
  public List<AuditSample> confirmPackage(long auditId, String treasurer, String remarks) {
    FundAudit audit = get(auditId);
    AuditPackage auditPackage = auditPackage(audit);
    audit.packageConfirmed(auditPackage, treasurer, remarks);
    List<AuditSample> drawn = new ArrayList<>();
    List<LedgerEntry> payments = auditPackage.vouchers().stream().filter(e -> e.getDirection() == Direction.EXPENSE)
        .toList();
    List<LedgerEntry> above = payments.stream().filter(e -> e.getAmount().compareTo(audit.getSampleAbove()) > 0)
        .toList();
    above.forEach(entry -> drawn.add(new AuditSample(audit, entry, AuditSample.ABOVE_THRESHOLD)));
    List<LedgerEntry> rest = payments.stream().filter(e -> !above.contains(e)).toList();
    draw(rest, audit.getSampleSize(), audit.getSampleSeed())
        .forEach(entry -> drawn.add(new AuditSample(audit, entry, AuditSample.RANDOM)));
    return samples.saveAll(drawn);
  }

  /** The same entries, size and seed always draw the same vouchers: anyone can repeat the sample. */
  static List<LedgerEntry> draw(List<LedgerEntry> entries, int size, long seed) {
    List<LedgerEntry> shuffled = new ArrayList<>(entries);
    shuffled.sort((a, b) -> a.getVoucherNo().compareTo(b.getVoucherNo()));
    Collections.shuffle(shuffled, new Random(seed));
    return shuffled.subList(0, Math.min(size, shuffled.size()));
  }

  /** What an auditor's form starts with: one line per sampled voucher, to be marked OK or ISSUE with text. */
  public String findingsTemplate(long auditId) {
    return samples.findByAuditIdOrderByVoucherNo(auditId).stream().map(s -> s.getVoucherNo() + ": OK")
        .collect(Collectors.joining("\n"));
  }

  public String sampleSummary(long auditId) {
    return samples.findByAuditIdOrderByVoucherNo(auditId).stream()
        .map(s -> s.getVoucherNo() + " " + s.getAmount().toPlainString() + " (" + s.getReason() + ")")
        .collect(Collectors.joining("\n"));
  }

  /**
   * Records one auditor's result on every sampled voucher ({@code PZ-2026-0001: OK} or
   * {@code PZ-2026-0002: ISSUE no receipt}); refuses the whole review if one line is wrong or the auditor
   * already reviewed.
   */
  @Transactional
  public void review(long auditId, String auditor, String text) {
    FundAudit audit = get(auditId);
    if (findings.existsByAuditIdAndAuditor(auditId, auditor)) {
      throw FieldErrors.single(FINDINGS, auditor + " has already reviewed " + audit.getBusinessKey());
    }
    Map<String, AuditSample> sampled = new LinkedHashMap<>();
    samples.findByAuditIdOrderByVoucherNo(auditId).forEach(s -> sampled.put(s.getVoucherNo(), s));
    Map<String, AuditFinding> reviewed = new LinkedHashMap<>();
    FieldErrors errors = new FieldErrors();
    for (String line : lines(text)) {
      Matcher m = FINDING.matcher(line);
      if (!m.matches()) {
        errors.reject(FINDINGS, "'" + line + "' is not 'voucher: OK' or 'voucher: ISSUE what is wrong'");
        continue;
      }
      String voucher = m.group(1);
      boolean issue = "ISSUE".equals(m.group(2));
      String what = m.group(3).isBlank() ? null : m.group(3).strip();
      if (!sampled.containsKey(voucher)) {
        errors.reject(FINDINGS, voucher + " is not among the sampled vouchers");
      } else if (reviewed.put(voucher, new AuditFinding(audit, sampled.get(voucher), auditor, issue, what)) != null) {
        errors.reject(FINDINGS, voucher + " is listed twice");
      } else if (issue && what == null) {
        errors.reject(FINDINGS, "the issue on " + voucher + " has no text");
      }
    }
    sampled.keySet().stream().filter(voucher -> !reviewed.containsKey(voucher))
        .forEach(voucher -> errors.reject(FINDINGS, "no result for " + voucher));
    errors.throwIfAny();
    findings.saveAllAndFlush(reviewed.values());
  }

  /** Counts the open findings and tells the responsible people what they are. */
  @Transactional
  public long collect(long auditId) {
    long open = openFindings(auditId).size();
    get(auditId).findingsCollected(open);
    return open;
  }

  public List<AuditFinding> openFindings(long auditId) {
    return findings.findByAuditIdAndStatusOrderById(auditId, FindingStatus.OPEN);
  }

  public String openFindingsText(long auditId) {
    return openFindings(auditId).stream()
        .map(f -> "#" + f.getId() + " " + f.getVoucherNo() + " (" + f.getAuditor() + "): " + f.getText()
            + (f.getRecheckNote() == null ? "" : " — " + f.getRecheckNote()))
        .collect(Collectors.joining("\n"));
  }

  /** What the responding form and the re-check form start with: one line per open finding. */
  public String openFindingsTemplate(long auditId, String suffix) {
    return openFindings(auditId).stream().map(f -> "#" + f.getId() + ": " + suffix).collect(Collectors.joining("\n"))
        .stripTrailing();
  }

  /** Records a response to every open finding ({@code #12: receipt filed}); none may be left out. */
  @Transactional
  public void rectify(long auditId, String text, String by) {
    Map<Long, String> answers = parse(text, RESPONSE, RESPONSES);
    FieldErrors errors = new FieldErrors();
    for (AuditFinding finding : openFindings(auditId)) {
      String answer = answers.get(finding.getId());
      if (answer == null || answer.isBlank()) {
        errors.reject(RESPONSES, "no response to finding #" + finding.getId());
      } else {
        finding.respond(answer.strip(), by);
      }
    }
    errors.throwIfAny();
  }

  /** The auditors' re-check ({@code #12: RESOLVED} or {@code #12: OPEN why}); returns how many stay open. */
  @Transactional
  public long recheck(long auditId, String text, String by) {
    Map<Long, String> results = parse(text, RECHECK_LINE, RECHECK);
    FieldErrors errors = new FieldErrors();
    List<AuditFinding> open = openFindings(auditId);
    for (AuditFinding finding : open) {
      String result = results.get(finding.getId());
      if (result == null) {
        errors.reject(RECHECK, "no result for finding #" + finding.getId());
      } else if (result.startsWith("OPEN") && result.substring(4).isBlank()) {
        errors.reject(RECHECK, "say why finding #" + finding.getId() + " stays open");
      } else {
        finding.recheck(result.startsWith("RESOLVED"), result.substring(result.startsWith("OPEN") ? 4 : 8).strip(),
            by);
      }
    }
    errors.throwIfAny();
    return collect(auditId);
  }

  @Transactional
  public void draftReport(long auditId, String conclusion) {
    get(auditId).reportDrafted(conclusion);
  }

  /** Records one auditor's vote on the current draft; a second vote of the same auditor is refused. */
  @Transactional
  public void voteOnReport(long auditId, String voter, boolean inFavour, String comment) {
    FundAudit audit = get(auditId);
    if (votes.existsByAuditIdAndReportRoundAndVoter(auditId, audit.getReportRound(), voter)) {
      throw FieldErrors.single(VOTE, voter + " has already voted on this report");
    }
    votes.saveAndFlush(new AuditVote(audit, voter, inFavour ? FOR : AGAINST, comment, Instant.now(clock)));
  }

  /** The report passes with more votes for than half of those cast. */
  @Transactional
  public boolean countReportVotes(long auditId) {
    FundAudit audit = get(auditId);
    int inFavour = (int) votes.countByAuditIdAndReportRoundAndVote(auditId, audit.getReportRound(), FOR);
    int against = (int) votes.countByAuditIdAndReportRoundAndVote(auditId, audit.getReportRound(), AGAINST);
    audit.reportCounted(inFavour, against);
    return inFavour * 2 > inFavour + against;
  }

  @Transactional
  public void publish(long auditId) {
    get(auditId).published(Instant.now(clock));
  }

  public FundAudit find(String unionId, String businessKey) {
    return audits.findByUnionIdAndBusinessKey(unionId, businessKey)
        .orElseThrow(() -> new NotFoundException("Audit", businessKey));
  }

  public List<FundAudit> list(String unionId) {
    return audits.findByUnionIdOrderByPeriodStartDesc(unionId);
  }

  public List<AuditSample> samples(FundAudit audit) {
    return samples.findByAuditIdOrderByVoucherNo(audit.getId());
  }

  public List<AuditFinding> findings(FundAudit audit) {
    return findings.findByAuditIdOrderById(audit.getId());
  }

  public List<AuditVote> votes(FundAudit audit) {
    return votes.findByAuditIdOrderByReportRoundAscVotedAtAsc(audit.getId());
  }

  FundAudit get(long auditId) {
    return ThisCase.verify(audits.findById(auditId).orElseThrow(() -> new NotFoundException("Audit", auditId)));
  }

  private static String semesterKey(Period period) {
    return BUSINESS_KEY_PREFIX + "-" + period.from().getYear() + "-" + period.half();
  }

  private static String halfOf(LocalDate from, LocalDate to) {
    for (String half : List.of(FIRST_HALF, SECOND_HALF)) {
      MonthDay start = FIRST_HALF.equals(half) ? FIRST_HALF_START : SECOND_HALF_START;
      if (from.equals(start.atYear(from.getYear())) && to.equals(from.plusMonths(6).minusDays(1))) {
        return half;
      }
    }
    return null;
  }

  private static Map<Long, String> parse(String text, Pattern pattern, String field) {
    Map<Long, String> parsed = new HashMap<>();
    FieldErrors errors = new FieldErrors();
    for (String line : lines(text)) {
      Matcher m = pattern.matcher(line);
      if (!m.matches()) {
        errors.reject(field, "'" + line + "' does not start with a finding number such as #12:");
      } else {
        parsed.put(Long.valueOf(m.group(1)), m.groupCount() > 2 ? m.group(2) + " " + m.group(3) : m.group(2));
      }
    }
    errors.throwIfAny();
    return parsed;
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
  }
}
