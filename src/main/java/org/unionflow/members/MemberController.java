package org.unionflow.members;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
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
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.web.SortableBy;
import org.unionflow.platform.security.UnionFlowUser;

/** The member register over REST; officers and the chair keep it, everyone of the union may read it. */
@RestController
@RequestMapping("/api/members")
class MemberController {

  private static final SortableBy SORTABLE = SortableBy.of("name", "staffNo", "unionGroup", "joinDate");

  private final MemberService members;
  private final CurrentUser currentUser;

  MemberController(MemberService members, CurrentUser currentUser) {
    this.members = members;
    this.currentUser = currentUser;
  }

  @GetMapping
  Page<MemberView> list(@RequestParam(required = false) String search,
      @RequestParam(required = false) String unionGroup,
      @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
    return members.search(currentUser.get().union(), search, unionGroup, SORTABLE.check(pageable)).map(MemberView::of);
  }

  @GetMapping("/{id}")
  MemberView get(@PathVariable long id) {
    return MemberView.of(members.get(currentUser.get().union(), id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  MemberView create(@Valid @RequestBody MemberForm form) {
    return MemberView.of(members.create(registrar().union(), form));
  }

  @PutMapping("/{id}")
  MemberView update(@PathVariable long id, @Valid @RequestBody MemberForm form) {
    return MemberView.of(members.update(registrar().union(), id, form));
  }

  private UnionFlowUser registrar() {
    UnionFlowUser user = currentUser.get();
    if (!user.inGroup(Groups.OFFICERS) && !user.inGroup(Groups.CHAIR)) {
      throw new AccessDeniedException("Only officers and the chair keep the member register");
    }
    return user;
  }
}
