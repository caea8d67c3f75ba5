package org.unionflow.admin;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.platform.Groups;
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.unions.Union;
import org.unionflow.platform.unions.UnionTree;

/** The administrator's door to the union tree: list it, open a union under a county (camunda-admin only). */
@RestController
@RequestMapping("/api/admin/unions")
@RequiredArgsConstructor
class UnionAdminController {

  private final UnionOpening opening;
  private final UnionTree tree;
  private final CurrentUser currentUser;

  @GetMapping
  List<Union> all() {
    administrator();
    return tree.all();
  }

  /** What the page's form needs: the budget categories by label and the session's CSRF token for its request. */
  @GetMapping("/form")
  Map<String, Object> form(CsrfToken csrf) {
    administrator();
    return Map.of("categories", Arrays.stream(BudgetCategory.values())
            .map(category -> Map.of("name", category.name(), "label", category.label())).toList(),
        "csrfHeader", csrf.getHeaderName(), "csrfToken", csrf.getToken());
  }

  /** 201 when opened, 200 when the same union was open already; 409 at the fields that differ from it. */
  @PostMapping
  ResponseEntity<Union> open(@Valid @RequestBody NewUnion request) {
    administrator();
    UnionOpening.Opened opened = opening.open(request);
    return ResponseEntity.status(opened.created() ? HttpStatus.CREATED : HttpStatus.OK).body(opened.union());
  }

  @ExceptionHandler(UnionTakenException.class)
  ProblemDetail taken(UnionTakenException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setProperty("fieldErrors", e.errors().stream()
        .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
    return problem;
  }

  private void administrator() {
    if (!currentUser.get().inGroup(Groups.ADMIN)) {
      throw new AccessDeniedException("Only the administrator opens unions");
    }
  }
}
