package org.unionflow.aid;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.fund.LedgerEntry;
import org.unionflow.fund.Payment;
import org.unionflow.members.Member;
import org.unionflow.members.MemberService;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.keys.KeyCounters;
import org.unionflow.platform.engine.ThisCase;
import org.unionflow.platform.steps.CasesAtStep;
import org.unionflow.platform.web.NotFoundException;

/** Keeps aid cases and hardship files in step with the process, and books aid into the fund ledger. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AidService {

  private static final Instant ALL_TIME_END = Instant.parse("9999-01-01T00:00:00Z");

  private final AidCaseRepository cases;
  private final AidObjectionRepository objections;
  private final HardshipFileRepository files;
  private final HardshipFileChangeRepository fileChanges;
  private final MemberService members;
  private final FundLedgerService fund;
  private final KeyCounters counters;
  private final RuntimeService runtime;
  private final Clock clock;
  private final AidSettings settings;

  /** Opens a case under a new business key, for an application, a nomination or a visit's referral. */
  public AidCase open(String unionId, String processInstanceId, String memberStaffNo, AidSource source,
      String description, String openedBy) {
    if (unionId == null) {
      throw FieldErrors.single("unionId", "an aid case belongs to a base union; none was given");
    }
    Member member = members.findByStaffNo(unionId, memberStaffNo)
        .orElseThrow(() -> FieldErrors.single(AidProcess.MEMBER_STAFF_NO, "no member with staff number "
            + memberStaffNo + " in this union"));
    String businessKey = counters.nextBusinessKey(AidProcess.BUSINESS_KEY_PREFIX, today().getYear());
    return cases.save(new AidCase(unionId, businessKey, processInstanceId, member, source, description, openedBy,
        Instant.now(clock)));
  }

  public BigDecimal incomeThreshold() {
    return settings.incomeThreshold();
  }

  public void nominate(long caseId, String nominatedBy) {
    get(caseId).nominatedBy(nominatedBy);
  }

  public void refer(long caseId, long referralId, String visitBusinessKey) {
    get(caseId).referredBy(referralId, visitBusinessKey);
  }

  public void apply(long caseId, Application application) {
    get(caseId).apply(application);
  }

  public void assess(long caseId, Eligibility eligibility) {
    get(caseId).assessed(eligibility);
  }

  /** Records one home verification; the second must be made by another officer than the first. */
  public void verify(long caseId, boolean second, String officer, String findings, String recommendation) {
    AidCase aidCase = get(caseId);
    if (!second) {
      aidCase.verifiedFirst(officer, findings, recommendation);
      return;
    }
    if (officer.equals(aidCase.getFirstVerifier())) {
      throw FieldErrors.single("verifiedBy", officer + " 已做第一次入户核实，第二次须由另一名干部核实 / " + officer
          + " made the first verification; a second officer must verify");
    }
    aidCase.verifiedSecond(officer, findings, recommendation);
  }

  /** Records the committee's decision; whether the higher level approves too is the aidApprovalRouting table's. */
  public void decide(long caseId, AidDecision decision, BigDecimal amount, String reason, boolean overBudget,
      String decidedBy) {
    AidCase aidCase = get(caseId);
    aidCase.decided(decision, amount, reason, overBudget, decidedBy);
  }

  /** Starts the public notice today; answers its last day. */
  public LocalDate publishNotice(long caseId) {
    LocalDate today = today();
    LocalDate ends = WorkingDays.lastOf(today, settings.noticeWorkingDays(), settings.holidays());
    get(caseId).noticeFrom(today, ends);
    return ends;
  }

  /** Who objected and how, when an officer records an objection a member made in person, by phone or in writing. */
  public record OnBehalf(String objectorStaffNo, ObjectionChannel channel) {
  }

  /** An objection lodged by the objector themselves (see below). */
  public AidObjection lodgeObjection(String unionId, String businessKey, String reason, String lodgedBy) {
    return lodgeObjection(unionId, businessKey, reason, lodgedBy, null, false);
  }

  /**
   * Records an objection to a case under notice and sends the case back to the committee. An officer may record
   * it for a member of the union who objected in person, by phone or in writing. Refused at the field, writing
   * nothing, for a case that is not under notice, without a reason, or for someone else by anyone else.
   */
  public AidObjection lodgeObjection(String unionId, String businessKey, String reason, String lodgedBy,
      OnBehalf onBehalf, boolean mayRecordForOthers) {
    FieldErrors errors = new FieldErrors();
    Optional<AidCase> found = cases.findByBusinessKeyAndUnionId(businessKey, unionId);
    if (found.isEmpty() || found.get().getStatus() != AidStatus.UNDER_NOTICE) {
      errors.reject("businessKey", businessKey + " 不在公示期 / case " + businessKey + " is not under public notice");
    }
    if (reason == null || reason.isBlank()) {
      errors.reject("reason", "请填写异议理由 / is required");
    } else if (reason.strip().length() > 2000) {
      errors.reject("reason", "最多 2000 个字 / must have at most 2000 characters");
    }
    Optional<Member> objector = Optional.empty();
    if (onBehalf != null) {
      if (!mayRecordForOthers) {
        errors.reject("objectorStaffNo", "只有干事可代为登记异议 / only officers record objections for others");
      } else {
        objector = Optional.ofNullable(onBehalf.objectorStaffNo()).filter(no -> !no.isBlank())
            .flatMap(no -> members.findByStaffNo(unionId, no.strip()));
        if (objector.isEmpty()) {
          errors.reject("objectorStaffNo", "请选择本会会员 / choose a member of this union");
        }
      }
      if (onBehalf.channel() == null || onBehalf.channel() == ObjectionChannel.ONLINE) {
        errors.reject("channel", "请选择提出方式：当面、电话或书面 / choose in person, by phone or in writing");
      }
    }
    errors.throwIfAny();
    AidCase aidCase = found.get();
    Instant now = Instant.now(clock);
    AidObjection objection = objections.save(objector
        .map(member -> new AidObjection(aidCase, reason.strip(), member, onBehalf.channel(), lodgedBy, now))
        .orElseGet(() -> new AidObjection(aidCase, reason.strip(), lodgedBy, now)));
    aidCase.objected();
    runtime.createMessageCorrelation(AidProcess.OBJECTION_MESSAGE)
        .processInstanceBusinessKey(aidCase.getBusinessKey())
        .tenantId(aidCase.getUnionId())
        .setVariable(AidProcess.OBJECTION, objection.summary())
        .correlate();
    return objection;
  }

  public void awaitApproval(long caseId) {
    get(caseId).awaitsApproval();
  }

  public void approve(long caseId, boolean higherLevel, boolean approved, String comment, String approver) {
    AidCase aidCase = get(caseId);
    if (higherLevel) {
      aidCase.approvedAtHigherLevel(approved, comment, approver);
    } else {
      aidCase.approvedByChair(approved, comment, approver);
    }
  }

  /**
   * Books the approved amount against the union's hardship-aid line. An exhausted line refuses it (nothing
   * written) unless the committee decided to pay beyond the budget.
   */
  public LedgerEntry pay(long caseId, LocalDate paidOn, String method, String treasurer) {
    AidCase aidCase = get(caseId);
    Payment payment = new Payment(aidCase.getUnionId(), BudgetCategory.HARDSHIP_AID, paidOn,
        aidCase.getApprovedAmount(), "Hardship aid / 困难帮扶 " + aidCase.getCategory(), aidCase.getBusinessKey(),
        aidCase.getProcessInstanceId(), treasurer, aidCase.getMember().getName());
    LedgerEntry entry = aidCase.isOverBudget() ? fund.bookOverBudget(payment) : fund.book(payment);
    aidCase.paid(paidOn, method, entry.getId(), entry.getVoucherNo());
    return entry;
  }

  /** Creates or updates the member's hardship file after a payment; answers the date of its next review. */
  public LocalDate updateFile(long caseId, String changedBy) {
    AidCase aidCase = get(caseId);
    LocalDate today = today();
    LocalDate reviewOn = today.plusYears(1);
    Optional<HardshipFile> existing = files.findByMember(aidCase.getMember());
    HardshipFile file = existing.orElseGet(() -> files.save(new HardshipFile(aidCase.getMember(),
        aidCase.getHardshipLevel(), today, reviewOn)));
    String change;
    if (existing.isPresent()) {
      file.reopen(aidCase.getHardshipLevel(), today, reviewOn);
      change = "Aid paid, level " + aidCase.getHardshipLevel().label() + " / 发放帮扶金 "
          + aidCase.getApprovedAmount().toPlainString() + " 元";
    } else {
      change = "File opened, level " + aidCase.getHardshipLevel().label() + " / 建档, 发放帮扶金 "
          + aidCase.getApprovedAmount().toPlainString() + " 元";
    }
    fileChanges.save(new HardshipFileChange(file, today, change, changedBy, aidCase.getBusinessKey()));
    return reviewOn;
  }

  public LocalDate followUpDate() {
    return today().plusDays(settings.followUpDays());
  }

  /** The yearly review keeps the file, changes its level or closes it; answers the next review date, if any. */
  public Optional<LocalDate> reviewFile(long caseId, FileReviewDecision decision, HardshipLevel newLevel,
      String note, String reviewedBy) {
    AidCase aidCase = get(caseId);
    HardshipFile file = files.findByMember(aidCase.getMember())
        .orElseThrow(() -> new NotFoundException("Hardship file of member", aidCase.getMember().getStaffNo()));
    LocalDate today = today();
    String change = switch (decision) {
      case KEEP -> {
        file.keep(today.plusYears(1));
        yield "Reviewed, kept / 复核, 保持";
      }
      case CHANGE_LEVEL -> {
        file.changeLevel(newLevel, today.plusYears(1));
        yield "Reviewed, level changed to " + newLevel.label() + " / 复核, 调整等级";
      }
      case CLOSE -> {
        file.close();
        yield "Reviewed, closed / 复核, 销档";
      }
    };
    fileChanges.save(new HardshipFileChange(file, today, note == null ? change : change + ": " + note, reviewedBy,
        aidCase.getBusinessKey()));
    return Optional.ofNullable(file.getNextReviewOn());
  }

  /** The follow-up visit after a payment goes into the member's file history. */
  public void followUp(long caseId, String note, String visitedBy) {
    AidCase aidCase = get(caseId);
    files.findByMember(aidCase.getMember()).ifPresent(file -> fileChanges.save(new HardshipFileChange(file, today(),
        "Follow-up visit / 回访: " + note, visitedBy, aidCase.getBusinessKey())));
  }

  @Transactional(readOnly = true)
  public AidCase find(String unionId, String businessKey) {
    return cases.findByBusinessKeyAndUnionId(businessKey, unionId)
        .orElseThrow(() -> new NotFoundException("Aid case", businessKey));
  }

  @Transactional(readOnly = true)
  public Page<AidCase> search(String unionId, AidStatus status, AidCategory category, Integer year,
      CasesAtStep at, Pageable pageable) {
    if (at.none()) {
      return Page.empty(pageable);
    }
    // no year: all years; bounds rather than null parameters, which PostgreSQL cannot type
    ZoneId zone = clock.getZone();
    Instant from = year == null ? Instant.EPOCH : LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    Instant until = year == null ? ALL_TIME_END : LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
    return cases.search(unionId, status, category, from, until, at.all(), at.instances(), pageable);
  }

  @Transactional(readOnly = true)
  public List<AidObjection> objections(AidCase aidCase) {
    return objections.findByAidCaseOrderByLodgedAt(aidCase);
  }

  @Transactional(readOnly = true)
  public List<AidCase> underNotice(String unionId) {
    return cases.findByUnionIdAndStatusOrderByNoticeEnds(unionId, AidStatus.UNDER_NOTICE);
  }

  @Transactional(readOnly = true)
  public Optional<HardshipFile> fileOf(String unionId, String memberStaffNo) {
    return members.findByStaffNo(unionId, memberStaffNo).flatMap(files::findByMember);
  }

  /** The union's files, open or closed; {@code dueWithinDays} keeps the open ones due by then (overdue too). */
  @Transactional(readOnly = true)
  public Page<HardshipFile> files(String unionId, boolean closed, Integer dueWithinDays, HardshipLevel level,
      String name, Pageable pageable) {
    LocalDate dueBy = dueWithinDays == null ? null : today().plusDays(dueWithinDays);
    return files.search(unionId, closed, dueBy, level, name, pageable);
  }

  @Transactional(readOnly = true)
  public List<HardshipFileChange> history(HardshipFile file) {
    return fileChanges.findByHardshipFileOrderById(file);
  }

  @Transactional(readOnly = true)
  public List<AidCase> aidReceived(HardshipFile file) {
    return cases.findByMemberAndStatusOrderByPaidOn(file.getMember(), AidStatus.PAID);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private AidCase get(long caseId) {
    return ThisCase.verify(cases.findById(caseId).orElseThrow(() -> new NotFoundException("Aid case", caseId)));
  }
}
