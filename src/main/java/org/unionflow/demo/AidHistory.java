package org.unionflow.demo;

import static org.unionflow.aid.AidProcess.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.unionflow.aid.AidCategory;
import org.unionflow.aid.AidSource;
import org.unionflow.platform.Groups;

/**
 * A year of hardship aid in one union: three cases paid (low income, a single parent at the extreme level,
 * 金秋助学), a serious illness above the higher-level threshold waiting for the higher-level union, an
 * accident on public notice, and a nominated case waiting for the committee.
 */
@RequiredArgsConstructor
final class AidHistory {

  private final DemoSteps steps;
  private final DemoYear year;

  void run() {
    paid(onNotice(apply(1, AidCategory.LOW_INCOME, 3, 1200.00, 0.0, null), 2000.00), year.at(0.18));
    paid(onNotice(apply(3, AidCategory.SINGLE_PARENT, 2, 700.00, 0.0, null), 4000.00), year.at(0.41));
    paid(onNotice(apply(10, AidCategory.CHILDREN_SCHOOLING, 3, 1350.00, 0.0, null), 2000.00), year.at(0.66));
    approvedByChair(onNotice(apply(12, AidCategory.SERIOUS_ILLNESS, 4, 1100.00, 68000.00, null), 8000.00));
    onNotice(apply(6, AidCategory.ACCIDENT_OR_DISASTER, 3, 1300.00, 0.0, null), 3000.00);
    verified(apply(7, AidCategory.DISABILITY, 4, 1400.00, 12000.00, steps.person(Groups.GROUP_LEADERS, 1)));
  }

  /** An officer applies for the member, or a group leader nominates them. */
  private ProcessInstance apply(int member, AidCategory category, int household, double incomePerHead,
      double medicalCosts, String nominatingLeader) {
    Map<String, Object> form = new HashMap<>();
    form.put(MEMBER_STAFF_NO, String.format("%s-%04d", steps.union().staffPrefix(), member));
    form.put(SOURCE, (nominatingLeader == null ? AidSource.APPLICATION : AidSource.NOMINATION).name());
    if (nominatingLeader != null) {
      form.put(NOMINATED_BY, "工会小组长 " + nominatingLeader);
    }
    form.put(CATEGORY, category.name());
    form.put(HOUSEHOLD_SIZE, household);
    form.put(INCOME_PER_HEAD, incomePerHead);
    form.put(MEDICAL_COSTS, medicalCosts);
    form.put(DESCRIPTION, category.label() + "：家庭收入难以维持日常开支 / the household's income does not cover its needs");
    form.put(DOCUMENTS, "收入证明、户口本复印件 / income certificate, household register copy");
    String applicant = nominatingLeader != null ? nominatingLeader : steps.person(Groups.OFFICERS, 1);
    return steps.start(applicant, KEY, form);
  }

  /** Two different officers verify at home. */
  private ProcessInstance verified(ProcessInstance aidCase) {
    Map<String, Object> verification = Map.of(FINDINGS, "入户核实，情况属实 / visited at home, as described",
        RECOMMENDATION, "SUPPORT");
    steps.complete(steps.person(Groups.OFFICERS, 1), aidCase, VERIFY_AT_HOME, verification);
    steps.complete(steps.person(Groups.OFFICERS, 2), aidCase, VERIFY_AT_HOME_AGAIN, verification);
    return aidCase;
  }

  /** Verified, approved by the committee at that amount and on public notice (公示). */
  private ProcessInstance onNotice(ProcessInstance aidCase, double amount) {
    verified(aidCase);
    steps.complete(steps.person(Groups.COMMITTEE, 2), aidCase, REVIEW_CASE, Map.of(DECISION_VALUE, "APPROVE",
        APPROVED_AMOUNT, amount, DECISION_REASON, "委员会集体研究同意 / agreed by the committee", OVER_BUDGET, false));
    return aidCase;
  }

  /** The notice period passed without objection and the chair approved. */
  private ProcessInstance approvedByChair(ProcessInstance aidCase) {
    steps.passTime(aidCase, NOTICE_PERIOD_ENDED);
    steps.complete(steps.person(Groups.CHAIR, 1), aidCase, APPROVE_AID,
        Map.of(APPROVAL, APPROVED, APPROVAL_COMMENT, "同意 / agreed"));
    return aidCase;
  }

  private void paid(ProcessInstance aidCase, LocalDate paidOn) {
    approvedByChair(aidCase);
    steps.complete(steps.person(Groups.TREASURER, 1), aidCase, PAY_AID,
        Map.of(PAID_ON, paidOn.toString(), PAYMENT_METHOD, "BANK_TRANSFER"));
  }
}
