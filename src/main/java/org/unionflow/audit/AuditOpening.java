package org.unionflow.audit;

import static org.unionflow.audit.AuditProcess.*;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.platform.Groups;
import org.unionflow.platform.engine.UnionTenantIdProvider;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.keys.KeyCounters;

/** How audits begin: the semester timer's, the audit committee's on demand, and opening one with its key and seed. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditOpening {

  private final FundAuditRepository audits;
  private final FundLedgerService ledger;
  private final AuditSettings settings;
  private final KeyCounters counters;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final Clock clock;
  private final Random seeds = new SecureRandom();

  /**
   * Starts the semester audit of every union that keeps a budget, unless the union already audits that
   * semester (started on demand). Returns the business keys started.
   */
  @Transactional
  public List<String> startSemesterAudits() {
    AuditPeriod period = AuditPeriod.semester(LocalDate.now(clock));
    String key = period.semesterKey();
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
    AuditPeriod period = AuditPeriod.of(from, to);
    if (period.isHalfYear() && audits.existsByUnionIdAndBusinessKey(unionId, period.semesterKey())) {
      throw FieldErrors.single(PERIOD_START, "本工会已在审查该半年度 / this union already audits that half-year");
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
    AuditPeriod period = AuditPeriod.of(from, to);
    String key;
    if (period.isHalfYear()) {
      key = period.semesterKey();
      if (audits.existsByUnionIdAndBusinessKey(unionId, key)) {
        throw FieldErrors.single(PERIOD_START, "本工会已在审查该半年度(" + key + ") / this union already audits that half-year ("
            + key + ")");
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
}
