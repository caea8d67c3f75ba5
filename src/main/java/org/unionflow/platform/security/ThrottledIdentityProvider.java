package org.unionflow.platform.security;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's user store with {@link LoginThrottle} in place of its per-account lock, which anyone who knows a
 * user id could keep closed (and which after ten failures never opens by itself).
 */
@RequiredArgsConstructor
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

  private final LoginThrottle throttle;

  @Override
  protected boolean isUserLocked(UserEntity user) {
    return throttle.isLocked(user.getId(), ClientAddress.current());
  }

  @Override
  protected void lockUser(UserEntity user) {
    throttle.failed(user.getId(), ClientAddress.current());
  }

  @Override
  protected IdentityOperationResult unlockUser(UserEntity user) {
    // a correct password clears its own address; the administrator's unlock clears them all
    throttle.succeeded(user.getId(), ClientAddress.current());
    return super.unlockUser(user);
  }

  @Override
  public IdentityOperationResult unlockUser(String userId) {
    throttle.lift(userId);
    return super.unlockUser(userId);
  }
}
