package org.unionflow.aid;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.unionflow.platform.cases.CaseDisplay;

/** An aid case reads as its number, the member and why: AID-2026-0001 · 王芳 · Serious illness / 重大疾病. */
@Component
class AidDisplay implements CaseDisplay {

  static final String CATEGORY_LABEL = "categoryLabel";

  private final AidCaseRepository cases;

  AidDisplay(AidCaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public String processKey() {
    return AidProcess.KEY;
  }

  @Override
  public Optional<Map<String, String>> variables(String unionId, String businessKey) {
    return cases.findByBusinessKeyAndUnionId(businessKey, unionId).map(aid -> {
      // a case referred by a visit has its category only once the application is completed
      String category = aid.getCategory() == null ? null : aid.getCategory().label();
      Map<String, String> variables = new HashMap<>();
      variables.put(CASE_TITLE, CaseDisplay.title(businessKey, aid.getMember().getName(), category));
      if (category != null) {
        variables.put(CATEGORY_LABEL, category);
      }
      return variables;
    });
  }
}
