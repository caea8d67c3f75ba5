package org.unionflow.aid;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.unionflow.platform.cases.CaseDisplay;

/** An aid case reads as its number, the member and why: AID-2026-0001 · 王芳 · Serious illness / 重大疾病. */
@Component
class AidDisplay extends CaseDisplay<AidCase> {

  AidDisplay(AidCaseRepository cases) {
    super(AidProcess.KEY, AidProcess.CASE_ID, cases::findById);
  }

  @Override
  protected Map<String, String> describe(DelegateExecution execution, AidCase aid) {
    // a case referred by a visit has its category only once the application is completed
    String category = aid.getCategory() == null ? null : aid.getCategory().label();
    Map<String, String> variables = new HashMap<>();
    // the member's name as the case keeps it since it was opened, without reading the member again
    variables.put(CASE_TITLE, title(execution.getProcessBusinessKey(), execution.getVariable(AidProcess.MEMBER_NAME),
        category));
    if (category != null) {
      variables.put(CATEGORY_LABEL, category);
    }
    return variables;
  }
}
