package org.unionflow.motions;

import org.springframework.data.domain.Page;
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
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.security.Register;
import org.unionflow.platform.web.SortableBy;
import org.unionflow.trail.ApprovalTrail;

/** The motion register (提案登记) of the caller's union and the statistics of a congress session, read-only. */
@RestController
@RequestMapping("/api/motions")
class MotionController {

  private static final SortableBy SORTABLE = SortableBy.of("submittedAt", "businessKey", "status", "deadline");
  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final MotionService motions;
  private final ApprovalTrail trail;
  private final CurrentUser currentUser;

  MotionController(MotionService motions, ApprovalTrail trail, CurrentUser currentUser) {
    this.motions = motions;
    this.trail = trail;
    this.currentUser = currentUser;
  }

  @GetMapping
  Page<MotionView> list(@RequestParam(required = false) Long sessionId,
      @RequestParam(required = false) MotionStatus status, @RequestParam(required = false) MotionCategory category,
      @RequestParam(required = false) String department,
      @PageableDefault(size = 20, sort = "submittedAt", direction = Sort.Direction.DESC) Pageable pageable) {
    return motions.search(union(), sessionId, status, category, department,
        SORTABLE.check(pageable)).map(MotionView::of);
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
}
