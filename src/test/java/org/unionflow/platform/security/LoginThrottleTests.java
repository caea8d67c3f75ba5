package org.unionflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Guessing locks the guesser's address, for a doubling delay that ends by itself. */
class LoginThrottleTests {

  private final MovingClock clock = new MovingClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void aFailureLocksOnlyThatUserFromThatAddressAndTheLockExpires() {
    throttle.failed("ps-chair", "10.0.0.9");

    assertThat(throttle.isLocked("ps-chair", "10.0.0.9")).isTrue();
    assertThat(throttle.isLocked("ps-chair", "10.0.0.1")).isFalse();
    assertThat(throttle.isLocked("ps-officer1", "10.0.0.9")).isFalse();
    clock.advance(LoginThrottle.FIRST_DELAY.plusMillis(1));
    assertThat(throttle.isLocked("ps-chair", "10.0.0.9")).isFalse();
  }

  @Test
  void theDelayDoublesUpToItsCapAndASuccessForgetsTheFailures() {
    for (int failure = 0; failure < 30; failure++) {
      throttle.failed("ps-chair", "10.0.0.9");
    }
    assertThat(throttle.current()).singleElement().satisfies(lock -> {
      assertThat(lock.failures()).isEqualTo(30);
      assertThat(lock.lockedUntil()).isEqualTo(clock.instant().plus(LoginThrottle.LONGEST_DELAY));
    });
    clock.advance(LoginThrottle.LONGEST_DELAY.plusSeconds(1));
    assertThat(throttle.isLocked("ps-chair", "10.0.0.9")).isFalse();

    throttle.succeeded("ps-chair", "10.0.0.9");
    throttle.failed("ps-chair", "10.0.0.9");
    assertThat(throttle.current()).singleElement().extracting(LoginThrottle.Lock::failures).isEqualTo(1);
  }

  @Test
  void theAdministratorLiftsEveryLockOfAUser() {
    throttle.failed("ps-chair", "10.0.0.9");
    throttle.failed("ps-chair", "10.0.0.8");
    throttle.failed("ps-officer1", "10.0.0.9");

    throttle.lift("ps-chair");

    assertThat(throttle.current()).extracting(LoginThrottle.Lock::userId).containsExactly("ps-officer1");
  }

  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T08:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
