package org.unionflow.platform.identity;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.identity.User;

/** How a person's name reads on a screen: a Chinese name family name first without a space, others as written. */
public final class PersonName {

  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  private PersonName() {
  }

  /** The name, or the user id when the account has none. */
  public static String of(User user) {
    String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
    String last = user.getLastName() == null ? "" : user.getLastName().strip();
    String name = CHINESE.matcher(last).find() && CHINESE.matcher(first).find() ? last + first
        : (first + " " + last).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
