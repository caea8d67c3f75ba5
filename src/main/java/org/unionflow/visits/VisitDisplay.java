package org.unionflow.visits;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.unionflow.platform.cases.CaseDisplay;

/** A visit reads as its number, the member and the event: VIS-2026-0001 · 王芳 · Hospitalisation / 生病住院. */
@Component
class VisitDisplay implements CaseDisplay {

  static final String EVENT_TYPE_LABEL = "eventTypeLabel";

  private final VisitRepository visits;

  VisitDisplay(VisitRepository visits) {
    this.visits = visits;
  }

  @Override
  public String processKey() {
    return VisitProcess.KEY;
  }

  @Override
  public Optional<Map<String, String>> variables(String unionId, String businessKey) {
    return visits.findByBusinessKeyAndUnionId(businessKey, unionId).map(visit -> Map.of(
        CASE_TITLE, CaseDisplay.title(businessKey, visit.getMember().getName(), visit.getEventType().label()),
        EVENT_TYPE_LABEL, visit.getEventType().label()));
  }
}
