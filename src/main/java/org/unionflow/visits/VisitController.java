package org.unionflow.visits;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.platform.export.Csv;
import org.unionflow.platform.export.Exports;
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.security.Register;
import org.unionflow.platform.steps.CasesAtStep;
import org.unionflow.platform.steps.ProcessSteps;
import org.unionflow.platform.steps.StepQuery;
import org.unionflow.platform.web.SortableBy;

/** The visit ledger (走访台账) of the caller's union and its open hardship referrals, read-only, for
 * the readers the policy names. */
@RestController
@RequestMapping("/api/visits")
@RequiredArgsConstructor
class VisitController {

  // a download stops at this many visits (a union reports a few hundred a year)
  private static final int EXPORT_LIMIT = 20_000;
  private static final SortableBy SORTABLE = SortableBy.of("reportedAt", "eventDate", "deadline", "status", "businessKey");

  private final VisitService visits;
  private final ProcessSteps steps;
  private final CurrentUser currentUser;

  /** By status, event and the step the visit waits at (as the dashboard's open-work bars count them). */
  @GetMapping
  Page<VisitView> list(@RequestParam(required = false) VisitStatus status,
      @RequestParam(required = false) EventType eventType, StepQuery at,
      @PageableDefault(size = 20, sort = "reportedAt", direction = Sort.Direction.DESC) Pageable pageable) {
    return visits.search(union(), status, eventType, cases(at), SORTABLE.check(pageable)).map(VisitView::of);
  }

  /** The ledger as filtered, oldest report first, for the page's downloads. */
  @GetMapping(value = "/export.csv", produces = Exports.CSV_VALUE)
  ResponseEntity<byte[]> exportCsv(@RequestParam(required = false) VisitStatus status,
      @RequestParam(required = false) EventType eventType, StepQuery at) {
    return Exports.csv("visits", export(status, eventType, at));
  }

  @GetMapping(value = "/export.xlsx", produces = Exports.XLSX_VALUE)
  ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) VisitStatus status,
      @RequestParam(required = false) EventType eventType, StepQuery at) {
    return Exports.xlsx("visits", export(status, eventType, at));
  }

  private Csv export(VisitStatus status, EventType eventType, StepQuery at) {
    Csv csv = Csv.withHeader("Case / 业务编号", "Staff no. / 工号", "Member / 会员", "Event / 事由",
        "Event date / 事发日期", "Deadline / 期限", "Status / 状态", "Standard / 标准", "Handed over / 慰问金",
        "Visit date / 走访日期", "Visitors / 走访人");
    visits.search(union(), status, eventType, cases(at), PageRequest.of(0, EXPORT_LIMIT, Sort.by("reportedAt")))
        .forEach(v -> csv.row(v.getBusinessKey(), v.getMember().getStaffNo(), v.getMember().getName(),
            v.getEventType(), v.getEventDate(), v.getDeadline(), v.getStatus(), v.getStandardAmount(),
            v.getMoneyHandedOver(), v.getVisitDate(), v.getVisitors()));
    return csv;
  }

  @GetMapping("/{businessKey}")
  VisitView get(@PathVariable String businessKey) {
    Visit visit = visits.find(union(), businessKey);
    return VisitView.of(visit, visits.referralOf(visit).orElse(null));
  }

  @GetMapping("/referrals")
  List<ReferralView> openReferrals() {
    return visits.openReferrals(union()).stream().map(ReferralView::of).toList();
  }

  private String union() {
    return currentUser.unionOf(Register.VISITS);
  }

  private CasesAtStep cases(StepQuery at) {
    return steps.cases(union(), VisitProcess.KEY, at);
  }
}
