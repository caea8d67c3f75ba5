package org.unionflow.members;

import jakarta.validation.Valid;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.platform.Groups;
import org.unionflow.platform.export.Csv;
import org.unionflow.platform.export.Exports;
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.security.Detail;
import org.unionflow.platform.security.ReadPolicy;
import org.unionflow.platform.security.Register;
import org.unionflow.platform.security.UnionFlowUser;
import org.unionflow.platform.web.SortableBy;

/**
 * The member register over REST; officers and the chair keep it, everyone of the union may read it (contacts as
 * the read policy says).
 */
@RestController
@RequestMapping("/api/members")
@RequiredArgsConstructor
class MemberController {

  // a union's register holds a few thousand members; a download stops at this many rows
  private static final int EXPORT_LIMIT = 20_000;
  private static final SortableBy SORTABLE = SortableBy.of("name", "staffNo", "unionGroup", "joinDate");

  private final MemberService members;
  private final CurrentUser currentUser;
  private final ReadPolicy policy;

  @GetMapping
  Page<MemberView> list(@RequestParam(required = false) String search,
      @RequestParam(required = false) String unionGroup,
      @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
    UnionFlowUser user = currentUser.get();
    boolean contacts = policy.sees(user, Detail.MEMBER_CONTACTS);
    return members.search(policy.unionOf(user, Register.MEMBERS), search, unionGroup, SORTABLE.check(pageable))
        .map(m -> MemberView.of(m, contacts));
  }

  @GetMapping("/groups")
  List<String> unionGroups() {
    return members.unionGroups(currentUser.unionOf(Register.MEMBERS));
  }

  /** The whole register as filtered, sorted by staff number, for the page's downloads. */
  @GetMapping(value = "/export.csv", produces = Exports.CSV_VALUE)
  ResponseEntity<byte[]> exportCsv(@RequestParam(required = false) String search,
      @RequestParam(required = false) String unionGroup) {
    return Exports.csv("members", export(search, unionGroup));
  }

  @GetMapping(value = "/export.xlsx", produces = Exports.XLSX_VALUE)
  ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) String search,
      @RequestParam(required = false) String unionGroup) {
    return Exports.xlsx("members", export(search, unionGroup));
  }

  private Csv export(String search, String unionGroup) {
    UnionFlowUser user = currentUser.get();
    boolean contacts = policy.sees(user, Detail.MEMBER_CONTACTS);
    Page<Member> all = members.search(policy.unionOf(user, Register.MEMBERS), search, unionGroup,
        PageRequest.of(0, EXPORT_LIMIT, Sort.by("staffNo")));
    Csv csv = Csv.withHeader("Staff no. / 工号", "Name / 姓名", "Union group / 工会小组", "Department / 部门",
        "Status / 状态", "Gender / 性别", "Birth date / 出生日期", "Join date / 入会日期", "Phone / 电话");
    all.forEach(m -> csv.row(m.getStaffNo(), m.getName(), m.getUnionGroup(), m.getDepartment(),
        m.getStatus().label(), m.getGender().label(), contacts ? m.getBirthDate() : null, m.getJoinDate(), contacts ? m.getPhone() : null));
    return csv;
  }

  @GetMapping("/{id}")
  MemberView get(@PathVariable long id) {
    UnionFlowUser user = currentUser.get();
    return MemberView.of(members.get(policy.unionOf(user, Register.MEMBERS), id),
        policy.sees(user, Detail.MEMBER_CONTACTS));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  MemberView create(@Valid @RequestBody MemberForm form) {
    return MemberView.of(members.create(registrar().union(), form), true);
  }

  @PutMapping("/{id}")
  MemberView update(@PathVariable long id, @Valid @RequestBody MemberForm form) {
    return MemberView.of(members.update(registrar().union(), id, form), true);
  }

  private UnionFlowUser registrar() {
    UnionFlowUser user = currentUser.get();
    if (!user.inGroup(Groups.OFFICERS) && !user.inGroup(Groups.CHAIR)) {
      throw new AccessDeniedException("Only officers and the chair keep the member register");
    }
    return user;
  }
}
