package org.unionflow.motions;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.unionflow.platform.cases.CaseDisplay;

/** A motion reads as its number and title: MOT-2026-0001 · 食堂增加晚餐供应. */
@Component
class MotionDisplay extends CaseDisplay<Motion> {

  MotionDisplay(MotionRepository motions) {
    super(MotionProcess.KEY, MotionProcess.MOTION_ID, motions::findById);
  }

  @Override
  protected Map<String, String> describe(DelegateExecution execution, Motion motion) {
    return Map.of(CASE_TITLE, title(execution.getProcessBusinessKey(), motion.getTitle()),
        CATEGORY_LABEL, motion.getCategory().label());
  }
}
