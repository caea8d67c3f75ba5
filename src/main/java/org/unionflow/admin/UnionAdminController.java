package org.unionflow.admin;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.unions.Union;
import org.unionflow.platform.unions.UnionTree;

/** The administrator's door to the union tree: list it, open a union under a county (camunda-admin only). */
@RestController
@RequestMapping("/api/admin/unions")
class UnionAdminController {

  static final String ADMIN_GROUP = "camunda-admin";

  private final UnionOpening opening;
  private final UnionTree tree;
  private final CurrentUser currentUser;

  UnionAdminController(UnionOpening opening, UnionTree tree, CurrentUser currentUser) {
    this.opening = opening;
    this.tree = tree;
    this.currentUser = currentUser;
  }

  @GetMapping
  List<Union> all() {
    administrator();
    return tree.all();
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
    if (!currentUser.get().inGroup(ADMIN_GROUP)) {
      throw new AccessDeniedException("Only the administrator opens unions");
    }
  }
}
