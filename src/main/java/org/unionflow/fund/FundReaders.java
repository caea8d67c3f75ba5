package org.unionflow.fund;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.unionflow.platform.Groups;
import org.unionflow.platform.security.UnionFlowUser;

/** Who reads the fund's expenses, ledger and audits in full: those who handle or supervise the money. */
public final class FundReaders {

  private static final Set<String> GROUPS = Set.of(Groups.OFFICERS, Groups.COMMITTEE, Groups.CHAIR, Groups.TREASURER,
      Groups.AUDITORS);

  private FundReaders() {
  }

  public static boolean includes(UnionFlowUser user) {
    return user.groups().stream().anyMatch(GROUPS::contains);
  }

  /** The user's union, if they may read the fund in full. */
  public static String unionOf(UnionFlowUser user) {
    if (!includes(user)) {
      throw new AccessDeniedException("The fund is read by officers, the committee, the chair, the treasurer and "
          + "the auditors");
    }
    return user.union();
  }
}
