package org.unionflow.aid;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.unionflow.platform.cases.CaseDisplay;

/** An aid case reads as its number, the member and why: AID-2026-0001 · 王芳 · Serious illness / 重大疾病. */
@Component
class AidDisplay extends CaseDisplay<AidCase> {

  AidDisplay(AidCaseRepository cases) {
    super(AidProcess.KEY, AidProcess.CASE_ID, cases::findById);
  }

  @Override
  protected Map<String, String> describe(String businessKey, AidCase aid) {
    // a case referred by a visit has its category only once the application is completed
    String category = aid.getCategory() == null ? null : aid.getCategory().label();
    Map<String, String> variables = new HashMap<>();
    variables.put(CASE_TITLE, title(businessKey, aid.getMember().getName(), category));
    if (category != null) {
      variables.put(CATEGORY_LABEL, category);
    }
    return variables;
  }
}
