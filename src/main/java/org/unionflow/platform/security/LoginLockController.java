package org.unionflow.platform.security;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.platform.Groups;

/** The administrator's view of login throttling: who is locked from where until when, and lifting it. */
@RestController
@RequestMapping("/api/admin/login-locks")
@RequiredArgsConstructor
class LoginLockController {

  private final LoginThrottle throttle;
  private final CurrentUser currentUser;

  @GetMapping
  List<LoginThrottle.Lock> locks() {
    requireAdministrator();
    return throttle.current();
  }

  @DeleteMapping("/{userId}")
  ResponseEntity<Void> lift(@PathVariable String userId) {
    requireAdministrator();
    throttle.lift(userId);
    return ResponseEntity.noContent().build();
  }

  private void requireAdministrator() {
    if (!currentUser.get().inGroup(Groups.ADMIN)) {
      throw new AccessDeniedException("只有系统管理员可以查看和解除登录锁定 / Only the administrator manages login locks");
    }
  }
}
