package org.unionflow.aid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.platform.export.Csv;
import org.unionflow.platform.export.Exports;
import org.unionflow.platform.export.PrintableReport;
import org.unionflow.platform.Groups;
import org.unionflow.platform.Money;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.security.Detail;
import org.unionflow.platform.security.ReadPolicy;
import org.unionflow.platform.security.Register;
import org.unionflow.platform.security.UnionFlowUser;
import org.unionflow.platform.steps.ProcessSteps;
import org.unionflow.platform.steps.StepQuery;
import org.unionflow.platform.web.NotFoundException;
import org.unionflow.platform.web.SortableBy;
import org.unionflow.trail.ApprovalTrail;

/**
 * Aid cases and hardship files of the caller's union for the people who handle them, and the public notice
 * (公示) with its objections for every member of the union.
 */
@RestController
@RequestMapping("/api/aid")
@RequiredArgsConstructor
class AidController {

  private static final SortableBy SORTABLE = SortableBy.of("openedAt", "businessKey", "status", "category");
  private static final SortableBy FILES_SORTABLE = SortableBy.of("nextReviewOn", "since", "hardshipLevel");

  private final AidService aid;
  private final ProcessSteps steps;
  private final ApprovalTrail trail;
  private final CurrentUser currentUser;
  private final ReadPolicy policy;
  private final Clock clock;

  /** The objector's own objection has a reason only; an officer recording one for a member names them and how. */
  record ObjectionForm(String reason, String objectorStaffNo, ObjectionChannel channel) {

    AidService.OnBehalf onBehalf() {
      return objectorStaffNo == null && channel == null ? null : new AidService.OnBehalf(objectorStaffNo, channel);
    }
  }

  @GetMapping("/cases")
  Page<AidCaseView> list(@RequestParam(required = false) AidStatus status,
      @RequestParam(required = false) AidCategory category, @RequestParam(required = false) Integer year, StepQuery at,
      @PageableDefault(size = 20, sort = "openedAt", direction = Sort.Direction.DESC) Pageable pageable) {
    String unionId = currentUser.unionOf(Register.AID_CASES);
    return aid.search(unionId, status, category, year, steps.cases(unionId, AidProcess.KEY, at),
        SORTABLE.check(pageable)).map(AidCaseView::of);
  }

  /** The cases as filtered, oldest first, for the page's downloads. */
  @GetMapping("/cases" + Exports.TABLE_PATH)
  ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) AidStatus status,
      @RequestParam(required = false) AidCategory category, @RequestParam(required = false) Integer year,
      StepQuery at) {
    String unionId = policy.unionOf(currentUser.get(), Register.AID_CASES);
    Csv csv = Csv.withHeader("Case / 编号", "Staff no. / 工号", "Member / 会员", "Source / 来源", "Category / 类别",
        "Level / 困难程度", "Approved / 批准金额", "Notice from / 公示开始", "Notice ends / 公示截止",
        "Status / 状态", "Opened / 立案时间", "Paid on / 发放日期", "Voucher / 凭证号").inZone(clock.getZone());
    aid.search(unionId, status, category, year, steps.cases(unionId, AidProcess.KEY, at),
        PageRequest.of(0, Exports.ROW_LIMIT, Sort.by("openedAt"))).forEach(c -> csv.row(c.getBusinessKey(),
            c.getMember().getStaffNo(), c.getMember().getName(), c.getSource(), c.getCategory(),
            c.getHardshipLevel(), c.getApprovedAmount(), c.getNoticeStarts(), c.getNoticeEnds(), c.getStatus(),
            c.getOpenedAt(), c.getPaidOn(), c.getVoucherNo()));
    return Exports.table(format, "aid-cases", csv);
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

  /**
   * One case's notice as a one-page A4 PDF for the physical noticeboard: the name masked as the notice masks it,
   * whoever prints it, since the paper is read by anyone passing.
   */
  @GetMapping(value = "/notices/{businessKey}.pdf", produces = Exports.PDF_VALUE)
  ResponseEntity<byte[]> noticePdf(@PathVariable String businessKey) {
    AidCase c = aid.underNotice(policy.unionOf(currentUser.get(), Register.AID_NOTICES)).stream()
        .filter(notice -> notice.getBusinessKey().equals(businessKey)).findFirst()
        .orElseThrow(() -> new NotFoundException("Aid notice", businessKey));
    PrintableReport notice = PrintableReport.titled("困难职工帮扶公示 / Public notice of hardship aid")
        .fact("编号 / Case", c.getBusinessKey())
        .fact("姓名 / Name", ReadPolicy.mask(c.getMember().getName()))
        .fact("困难类别 / Category", c.getCategory().label())
        .fact("困难程度 / Level", c.getHardshipLevel() == null ? "" : c.getHardshipLevel().label())
        .fact("拟补助金额 / Proposed aid", Money.yuan(c.getApprovedAmount()))
        .fact("公示期 / On notice", c.getNoticeStarts() + " 至 / to " + c.getNoticeEnds())
        .note("如有异议，请于 " + c.getNoticeEnds() + " 前在公示栏网上提出，或当面、电话、书面向工会干部反映，"
            + "由干部代为登记。 / Objections until " + c.getNoticeEnds() + ": on the notice board online, or in "
            + "person, by phone or in writing to a union officer, who records them.");
    return Exports.pdf("notice-" + businessKey, notice);
  }

  @PostMapping("/cases/{businessKey}/objections")
  @ResponseStatus(HttpStatus.CREATED)
  AidCaseView.Objection object(@PathVariable String businessKey, @RequestBody ObjectionForm form) {
    UnionFlowUser user = currentUser.get();
    AidObjection objection = aid.lodgeObjection(user.union(), businessKey, form.reason(), user.id(), form.onBehalf(),
        user.inGroup(Groups.OFFICERS));
    return AidCaseView.Objection.of(objection);
  }

  /** The hardship files (困难职工档案), the soonest review first; {@code dueWithin} keeps those due in so many days. */
  @GetMapping("/files")
  Page<HardshipFileRow> files(@RequestParam(defaultValue = "false") boolean closed,
      @RequestParam(required = false) Integer dueWithin,
      @RequestParam(required = false) HardshipLevel level, @RequestParam(required = false) String name,
      @PageableDefault(size = 20, sort = "nextReviewOn") Pageable pageable) {
    if (dueWithin != null && (dueWithin < 0 || dueWithin > 3660)) {
      throw FieldErrors.single("dueWithin", "须在 0 至 3660 天之间 / must be between 0 and 3660 days");
    }
    LocalDate today = LocalDate.now(clock);
    return aid.files(policy.unionOf(currentUser.get(), Register.HARDSHIP_FILES), closed, dueWithin, level, name,
        FILES_SORTABLE.check(pageable)).map(f -> HardshipFileRow.of(f, today));
  }

  @GetMapping("/files/{memberStaffNo}")
  HardshipFileView file(@PathVariable String memberStaffNo) {
    HardshipFile file = aid.fileOf(currentUser.unionOf(Register.HARDSHIP_FILES), memberStaffNo)
        .orElseThrow(() -> new NotFoundException("Hardship file of member", memberStaffNo));
    return HardshipFileView.of(file, aid.aidReceived(file), aid.history(file));
  }
}
