package org.unionflow.registers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.platform.Groups;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.identity.PeopleNames;
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.security.Detail;
import org.unionflow.platform.security.ReadPolicy;
import org.unionflow.platform.security.Register;
import org.unionflow.platform.security.UnionFlowUser;
import org.unionflow.platform.steps.ProcessSteps;
import org.unionflow.platform.unions.UnionTree;

/**
 * Who the pages are talking to: the logged-in person by name, their roles by name, the registers the read policy
 * lets them open, and the token their changes must carry when they ride on the webapp session; the chair's dashboard;
 * the steps a register can be filtered by.
 */
@RestController
@RequestMapping("/api/registers")
@RequiredArgsConstructor
class RegistersController {

  private final CurrentUser currentUser;
  private final ReadPolicy policy;
  private final Dashboard dashboard;
  private final ProcessSteps steps;
  private final UnionTree tree;
  private final PeopleNames names;
  private final Clock clock;

  /**
   * {@code name} is the person's name as the account has it (the user id where it has none); {@code groups} are the
   * ids behind {@code roles}, for what a page offers (an officer records objections);
   * {@code zone} and {@code today} are the union's, so pages show times and pick periods as the server counts them;
   * {@code unions} are those whose registers the person reads (their own first, then the base unions below it).
   */
  record Me(String id, String name, String union, List<String> roles, List<String> groups,
      List<RegisterView> registers, List<Detail> details, String csrfHeader, String csrfToken, String zone,
      LocalDate today, List<UnionView> unions) {
  }

  record UnionView(String id, String name) {
  }

  record RegisterView(Register name, String label) {
  }

  @GetMapping("/me")
  Me me(CsrfToken csrf) {
    UnionFlowUser user = currentUser.get();
    List<Groups.Role> mine = Groups.ALL.stream().filter(role -> user.inGroup(role.id())).toList();
    List<RegisterView> registers = Arrays.stream(Register.values()).filter(r -> policy.mayRead(user, r))
        .map(r -> new RegisterView(r, r.label())).toList();
    List<Detail> details = Arrays.stream(Detail.values()).filter(d -> policy.sees(user, d)).toList();
    return new Me(user.id(), names.of(user.id()), user.union(), mine.stream().map(Groups.Role::name).toList(),
        mine.stream().map(Groups.Role::id).toList(), registers, details, csrf.getHeaderName(), csrf.getToken(),
        clock.getZone().getId(), LocalDate.now(clock),
        Stream.concat(user.unions().stream(), user.reads().stream()).distinct()
            .map(union -> new UnionView(union, tree.nameOf(union))).toList());
  }

  /** The dashboard's work figures, for those who oversee every case (the whole trail's readers). */
  @GetMapping("/dashboard")
  Dashboard.Figures dashboard(@RequestParam(required = false) Integer year) {
    String unionId = policy.unionOf(currentUser.get(), Register.TRAIL);
    int shown = year == null ? dashboard.thisYear() : year;
    if (shown < 1900 || shown > 2100) {
      throw FieldErrors.single("year", "年度应在 1900 至 2100 之间 / must be between 1900 and 2100");
    }
    return dashboard.of(unionId, shown);
  }

  /** A process's steps (its user tasks) with their bilingual names, for the registers' step filter. */
  @GetMapping("/steps")
  List<ProcessSteps.Step> steps(@RequestParam String process) {
    List<ProcessSteps.Step> found = steps.of(currentUser.get().union(), process);
    if (found.isEmpty()) {
      throw FieldErrors.single("process", "没有此流程 / no such process");
    }
    return found;
  }
}
