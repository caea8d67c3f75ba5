package org.unionflow.motions;

import jakarta.validation.Valid;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.members.MemberService;
import org.unionflow.platform.Groups;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.security.Register;
import org.unionflow.platform.security.UnionFlowUser;

/** The congress register: sessions and their representatives; the chair and the motion committee keep it. */
@RestController
@RequestMapping("/api/congress/sessions")
@RequiredArgsConstructor
class CongressController {

  private final MotionService motions;
  private final MemberService members;
  private final IdentityService identity;
  private final CurrentUser currentUser;

  @GetMapping
  List<SessionView> sessions() {
    return motions.sessions(currentUser.unionOf(Register.MOTIONS)).stream().map(SessionView::of)
        .toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  SessionView open(@Valid @RequestBody SessionForm form) {
    return SessionView.of(motions.openSession(keeper().union(), form.name().strip(), form.opensOn(),
        form.closesOn()));
  }

  @GetMapping("/{sessionId}/representatives")
  List<RepresentativeView> representatives(@PathVariable long sessionId) {
    CongressSession session = motions.session(currentUser.unionOf(Register.MOTIONS), sessionId);
    return motions.representatives(session).stream().map(RepresentativeView::of).toList();
  }

  @PostMapping("/{sessionId}/representatives")
  @ResponseStatus(HttpStatus.CREATED)
  RepresentativeView elect(@PathVariable long sessionId, @Valid @RequestBody RepresentativeForm form) {
    String unionId = keeper().union();
    CongressSession session = motions.session(unionId, sessionId);
    FieldErrors errors = new FieldErrors();
    if (identity.createUserQuery().userId(form.userId()).memberOfTenant(unionId).count() == 0) {
      errors.reject("userId", "本工会没有用户 " + form.userId() + " / no user " + form.userId() + " in this union");
    }
    if (form.memberStaffNo() != null && members.findByStaffNo(unionId, form.memberStaffNo()).isEmpty()) {
      errors.reject("memberStaffNo", "本工会没有工号为 " + form.memberStaffNo() + " 的会员 / no member with staff number "
          + form.memberStaffNo() + " in this union");
    }
    errors.throwIfAny();
    return RepresentativeView.of(motions.addRepresentative(session, form.userId(), form.name().strip(),
        form.memberStaffNo()));
  }

  private UnionFlowUser keeper() {
    UnionFlowUser user = currentUser.get();
    if (!user.inGroup(Groups.CHAIR) && !user.inGroup(Groups.MOTION_COMMITTEE)) {
      throw new AccessDeniedException("只有工会主席和提案委员会维护教代会名册 / Only the chair and the motion committee keep "
          + "the congress register");
    }
    return user;
  }
}
