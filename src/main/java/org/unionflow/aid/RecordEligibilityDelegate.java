package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unionflow.platform.forms.Submitted;

/** Writes what the eligibility table decided into the case; a member not eligible sees the reason there. */
@Component
class RecordEligibilityDelegate implements JavaDelegate {

  private final AidService aid;

  RecordEligibilityDelegate(AidService aid) {
    this.aid = aid;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submitted in = new Submitted(execution);
    boolean eligible = in.flag(ELIGIBLE);
    aid.assess(in.id(CASE_ID), new Eligibility(eligible, eligible ? HardshipLevel.valueOf(in.text(LEVEL)) : null,
        amount(in.integer(SUGGESTED_AMOUNT)), amount(in.integer(MAX_AMOUNT)), in.text(ELIGIBILITY_REASON)));
  }

  private static BigDecimal amount(Integer yuan) {
    return yuan == null ? null : BigDecimal.valueOf(yuan).setScale(2);
  }
}
