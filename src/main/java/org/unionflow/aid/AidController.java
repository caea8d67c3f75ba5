package org.unionflow.aid;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.security.Detail;
import org.unionflow.platform.security.ReadPolicy;
import org.unionflow.platform.security.Register;
import org.unionflow.platform.security.UnionFlowUser;
import org.unionflow.platform.web.NotFoundException;
import org.unionflow.platform.web.SortableBy;
import org.unionflow.trail.ApprovalTrail;

/**
 * Aid cases and hardship files of the caller's union for the people who handle them, and the public notice
 * (公示) with its objections for every member of the union.
 */
@RestController
@RequestMapping("/api/aid")
class AidController {

  private static final SortableBy SORTABLE = SortableBy.of("openedAt", "businessKey", "status", "category");

  private final AidService aid;
  private final ApprovalTrail trail;
  private final CurrentUser currentUser;
  private final ReadPolicy policy;

  AidController(AidService aid, ApprovalTrail trail, CurrentUser currentUser, ReadPolicy policy) {
    this.aid = aid;
    this.trail = trail;
    this.currentUser = currentUser;
    this.policy = policy;
  }

  record ObjectionForm(String reason) {
  }

  @GetMapping("/cases")
  Page<AidCaseView> list(@RequestParam(required = false) AidStatus status,
      @RequestParam(required = false) AidCategory category, @RequestParam(required = false) Integer year,
      @PageableDefault(size = 20, sort = "openedAt", direction = Sort.Direction.DESC) Pageable pageable) {
    return aid.search(currentUser.unionOf(Register.AID_CASES), status, category, year,
        SORTABLE.check(pageable)).map(AidCaseView::of);
  }

  @GetMapping("/cases/{businessKey}")
  AidCaseView get(@PathVariable String businessKey) {
    AidCase aidCase = aid.find(currentUser.unionOf(Register.AID_CASES), businessKey);
    return AidCaseView.of(aidCase, aid.objections(aidCase), trail.of(aidCase.getProcessInstanceId()));
  }

  @GetMapping("/notices")
  List<NoticeView> notices() {
    UnionFlowUser user = currentUser.get();
    return aid.underNotice(policy.unionOf(user, Register.AID_NOTICES)).stream()
        .map(c -> NoticeView.of(c, policy.name(user, Detail.NOTICE_NAMES, c.getMember().getName()))).toList();
  }

  @PostMapping("/cases/{businessKey}/objections")
  @ResponseStatus(HttpStatus.CREATED)
  AidCaseView.Objection object(@PathVariable String businessKey, @RequestBody ObjectionForm form) {
    UnionFlowUser user = currentUser.get();
    AidObjection objection = aid.lodgeObjection(user.union(), businessKey, form.reason(), user.id());
    return new AidCaseView.Objection(objection.getReason(), objection.getLodgedBy(), objection.getLodgedAt());
  }

  @GetMapping("/files/{memberStaffNo}")
  HardshipFileView file(@PathVariable String memberStaffNo) {
    HardshipFile file = aid.fileOf(currentUser.unionOf(Register.HARDSHIP_FILES), memberStaffNo)
        .orElseThrow(() -> new NotFoundException("Hardship file of member", memberStaffNo));
    return HardshipFileView.of(file, aid.aidReceived(file), aid.history(file));
  }
}
