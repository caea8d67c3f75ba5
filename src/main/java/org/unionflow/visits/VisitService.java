package org.unionflow.visits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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

/** Keeps the visit ledger in step with the process and books condolence money into the fund ledger. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class VisitService {

  private final VisitRepository visits;
  private final HardshipReferralRepository referrals;
  private final MemberService members;
  private final FundLedgerService fund;
  private final KeyCounters counters;
  private final Clock clock;

  /** Opens the ledger line of a reported event under a new business key. */
  public Visit register(String unionId, String processInstanceId, String memberStaffNo, EventType eventType,
      LocalDate eventDate, String details, String reportedBy) {
    if (unionId == null) {
      throw FieldErrors.single("unionId", "a visit belongs to a base union; none was given");
    }
    Member member = members.findByStaffNo(unionId, memberStaffNo)
        .orElseThrow(() -> FieldErrors.single(VisitProcess.MEMBER_STAFF_NO, "no member with staff number "
            + memberStaffNo + " in this union"));
    String businessKey = counters.nextBusinessKey(VisitProcess.BUSINESS_KEY_PREFIX, LocalDate.now(clock).getYear());
    return visits.save(new Visit(unionId, businessKey, processInstanceId, member, eventType, eventDate, details,
        reportedBy, Instant.now(clock)));
  }

  public Visit applyStandard(long visitId, VisitStandard standard) {
    Visit visit = get(visitId);
    visit.applyStandard(standard);
    return visit;
  }

  /** Who visits as the ledger writes it: the officers chosen by name, then the others typed, joined by 、. */
  public static String visitors(List<String> officers, String others) {
    return Stream.concat(officers.stream(), Stream.ofNullable(others)).collect(Collectors.joining("、"));
  }

  public void plan(long visitId, LocalDate plannedDate, String plannedVisitors) {
    get(visitId).plan(plannedDate, plannedVisitors);
  }

  /** Records the visit; answers whether money was handed over and must be paid and booked. */
  public boolean record(long visitId, LocalDate visitDate, String visitors, String situation,
      BigDecimal moneyHandedOver, boolean hardshipFound) {
    Visit visit = get(visitId);
    visit.record(visitDate, visitors, situation, moneyHandedOver, hardshipFound);
    return visit.paymentDue();
  }

  /** Books the money handed over against the union's condolence line; refused (nothing written) if it is exhausted. */
  public LedgerEntry bookCondolenceMoney(long visitId, LocalDate paidOn, String bookedBy) {
    Visit visit = get(visitId);
    LedgerEntry entry = fund.book(new Payment(visit.getUnionId(), BudgetCategory.CONDOLENCE, paidOn,
        visit.getMoneyHandedOver(), "Condolence money / 慰问金 " + visit.getEventType(), visit.getBusinessKey(),
        visit.getProcessInstanceId(), bookedBy, visit.getMember().getName()));
    visit.paid(entry.getId());
    return entry;
  }

  public void supervise(long visitId, String chair, String note) {
    get(visitId).supervised(chair, note);
  }

  public void closeLedgerLine(long visitId) {
    get(visitId).closeLedgerLine();
  }

  /** Records the hardship the visit found, once, for the hardship-aid process to take up. */
  public HardshipReferral referHardship(long visitId, String description, String referredBy) {
    Visit visit = get(visitId);
    return referrals.findByVisit(visit)
        .orElseGet(() -> referrals.save(new HardshipReferral(visit, description, referredBy, Instant.now(clock))));
  }

  /** The hardship-aid process has opened a case from the referral. */
  public void takeUpReferral(long referralId) {
    referrals.findById(referralId).orElseThrow(() -> new NotFoundException("Hardship referral", referralId)).takeUp();
  }

  @Transactional(readOnly = true)
  public Visit find(String unionId, String businessKey) {
    return visits.findByBusinessKeyAndUnionId(businessKey, unionId)
        .orElseThrow(() -> new NotFoundException("Visit", businessKey));
  }

  @Transactional(readOnly = true)
  public Optional<HardshipReferral> referralOf(Visit visit) {
    return referrals.findByVisit(visit);
  }

  @Transactional(readOnly = true)
  public Page<Visit> search(String unionId, VisitStatus status, EventType eventType, CasesAtStep at,
      Pageable pageable) {
    return at.none() ? Page.empty(pageable)
        : visits.search(unionId, status, eventType, at.all(), at.instances(), pageable);
  }

  @Transactional(readOnly = true)
  public List<HardshipReferral> openReferrals(String unionId) {
    return referrals.findByUnionIdAndStatusOrderByReferredAt(unionId, ReferralStatus.OPEN);
  }

  private Visit get(long visitId) {
    return ThisCase.verify(visits.findById(visitId).orElseThrow(() -> new NotFoundException("Visit", visitId)));
  }
}
