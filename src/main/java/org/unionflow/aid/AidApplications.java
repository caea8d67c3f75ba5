package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.unionflow.platform.Money;
import org.unionflow.platform.forms.Submitted;

/** Reads an application's figures from the form that submitted them (start form or an officer's task). */
final class AidApplications {

  private AidApplications() {
  }

  /** Reads the figures and writes them back in the types the eligibility table expects, whatever the form sent. */
  static Application read(VariableScope scope) {
    Submitted in = new Submitted(scope);
    Application application = new Application(AidCategory.valueOf(in.text(CATEGORY)), in.integer(HOUSEHOLD_SIZE),
        in.money(INCOME_PER_HEAD), in.money(MEDICAL_COSTS) == null ? Money.ZERO : in.money(MEDICAL_COSTS),
        in.text(DESCRIPTION), in.text(DOCUMENTS));
    scope.setVariable(HOUSEHOLD_SIZE, application.householdSize());
    scope.setVariable(INCOME_PER_HEAD, application.incomePerHead().doubleValue());
    scope.setVariable(MEDICAL_COSTS, application.medicalCosts().doubleValue());
    return application;
  }
}
