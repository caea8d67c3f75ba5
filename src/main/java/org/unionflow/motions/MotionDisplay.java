package org.unionflow.motions;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.unionflow.platform.cases.CaseDisplay;

/** A motion reads as its number and title: MOT-2026-0001 · 食堂增加晚餐供应. */
@Component
class MotionDisplay implements CaseDisplay {

  static final String CATEGORY_LABEL = "categoryLabel";

  private final MotionRepository motions;

  MotionDisplay(MotionRepository motions) {
    this.motions = motions;
  }

  @Override
  public String processKey() {
    return MotionProcess.KEY;
  }

  @Override
  public Optional<Map<String, String>> variables(String unionId, String businessKey) {
    return motions.findByBusinessKeyAndUnionId(businessKey, unionId).map(motion -> Map.of(
        CASE_TITLE, CaseDisplay.title(businessKey, motion.getTitle()),
        CATEGORY_LABEL, motion.getCategory().label()));
  }
}
