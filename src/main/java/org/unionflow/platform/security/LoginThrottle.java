package org.unionflow.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing anyone a way to lock a colleague out: failures count per user
 * <em>and</em> client address, each failure locks that pair for a doubling delay up to a cap, and every lock
 * expires by itself. A guesser therefore locks out only himself; the administrator sees and lifts locks.
 * Held in memory: each app node throttles the logins it receives.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LoginThrottle {

  static final Duration FIRST_DELAY = Duration.ofSeconds(3);
  static final Duration LONGEST_DELAY = Duration.ofMinutes(5);

  /** A user locked for a client address until a time. */
  public record Lock(String userId, String address, int failures, Instant lockedUntil) {
  }

  private record Key(String userId, String address) {
  }

  private final Map<Key, Lock> locks = new ConcurrentHashMap<>();
  private final Clock clock;

  public boolean isLocked(String userId, String address) {
    Lock lock = locks.get(new Key(userId, address));
    return lock != null && lock.lockedUntil().isAfter(clock.instant());
  }

  public void failed(String userId, String address) {
    locks.compute(new Key(userId, address), (key, previous) -> {
      int failures = previous == null ? 1 : previous.failures() + 1;
      Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(failures - 1, 20));
      Duration capped = delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
      return new Lock(userId, address, failures, clock.instant().plus(capped));
    });
  }

  public void succeeded(String userId, String address) {
    locks.remove(new Key(userId, address));
  }

  /** Lifts every lock of a user, from any address. */
  public void lift(String userId) {
    locks.keySet().removeIf(key -> key.userId().equals(userId));
  }

  /** The locks in force now, longest first; expired ones are forgotten. */
  public List<Lock> current() {
    Instant now = clock.instant();
    locks.values().removeIf(lock -> !lock.lockedUntil().isAfter(now.minus(LONGEST_DELAY)));
    return locks.values().stream().filter(lock -> lock.lockedUntil().isAfter(now))
        .sorted(Comparator.comparing(Lock::lockedUntil).reversed()).toList();
  }
}
