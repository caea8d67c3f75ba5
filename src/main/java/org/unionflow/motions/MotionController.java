package org.unionflow.motions;

import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.MediaType;
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
import org.unionflow.trail.ApprovalTrail;

/** The motion register (提案登记) of the caller's union and the statistics of a congress session, read-only. */
@RestController
@RequestMapping("/api/motions")
@RequiredArgsConstructor
class MotionController {

  private static final SortableBy SORTABLE = SortableBy.of("submittedAt", "businessKey", "status", "deadline");
  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final MotionService motions;
  private final ProcessSteps steps;
  private final ApprovalTrail trail;
  private final CurrentUser currentUser;
  private final Clock clock;

  @GetMapping
  Page<MotionView> list(@RequestParam(required = false) Long sessionId,
      @RequestParam(required = false) MotionStatus status, @RequestParam(required = false) MotionCategory category,
      @RequestParam(required = false) String department, StepQuery at,
      @PageableDefault(size = 20, sort = "submittedAt", direction = Sort.Direction.DESC) Pageable pageable) {
    return motions.search(union(), sessionId, status, category, department, cases(at),
        SORTABLE.check(pageable)).map(MotionView::of);
  }

  /** The register as filtered, in the order motions came in, for the page's downloads. */
  @GetMapping(Exports.TABLE_PATH)
  ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) Long sessionId,
      @RequestParam(required = false) MotionStatus status, @RequestParam(required = false) MotionCategory category,
      @RequestParam(required = false) String department, StepQuery at) {
    Csv csv = Csv.withHeader("Case / 编号", "Session / 届次", "Title / 案由", "Category / 类别", "Proposer / 提案人",
        "Co-signers / 附议人", "Submitted / 提交时间", "Status / 状态", "Lead department / 主办部门",
        "Departments / 承办部门", "Deadline / 办理期限", "Answered / 答复时间", "Feedback / 满意度",
        "Published / 公布日期").inZone(clock.getZone());
    motions.search(union(), sessionId, status, category, department, cases(at),
        PageRequest.of(0, Exports.ROW_LIMIT, Sort.by("submittedAt"))).forEach(m -> csv.row(m.getBusinessKey(),
            m.getSession().getName(), m.getTitle(), m.getCategory(), m.getProposer(),
            String.join("、", m.getCoSigners()), m.getSubmittedAt(), m.getStatus(), m.getLeadDepartment(),
            String.join("、", m.getDepartments()), m.getDeadline(), m.getAnsweredAt(), m.getFeedback(),
            m.getPublishedOn()));
    return Exports.table(format, "motions", csv);
  }

  @GetMapping("/{businessKey}")
  MotionView get(@PathVariable String businessKey) {
    Motion motion = motions.find(union(), businessKey);
    return MotionView.of(motion, motions.replies(motion), trail.of(motion.getProcessInstanceId()));
  }

  @GetMapping("/statistics")
  MotionStatistics statistics(@RequestParam long sessionId) {
    return motions.statistics(union(), sessionId);
  }

  @GetMapping(value = "/statistics.csv", produces = "text/csv")
  ResponseEntity<String> statisticsCsv(@RequestParam long sessionId) {
    MotionStatistics statistics = motions.statistics(union(), sessionId);
    return ResponseEntity.ok().contentType(CSV)
        .body(MotionStatistics.CSV_HEADER + "\n" + statistics.csvRow() + "\n");
  }

  private String union() {
    return currentUser.unionOf(Register.MOTIONS);
  }

  private CasesAtStep cases(StepQuery at) {
    return steps.cases(union(), MotionProcess.KEY, at);
  }
}
