package org.unionflow.platform.security;

import static org.unionflow.platform.Groups.AUDITORS;
import static org.unionflow.platform.Groups.CHAIR;
import static org.unionflow.platform.Groups.COMMITTEE;
import static org.unionflow.platform.Groups.COUNTY_AUDITORS;
import static org.unionflow.platform.Groups.COUNTY_LEADERS;
import static org.unionflow.platform.Groups.GROUP_LEADERS;
import static org.unionflow.platform.Groups.HIGHER_LEVEL;
import static org.unionflow.platform.Groups.OFFICERS;
import static org.unionflow.platform.Groups.TREASURER;
import static org.unionflow.platform.Groups.WOMENS_COMMITTEE;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who reads what, written once: every register and every masked detail maps to the groups that may read it,
 * always within the reader's own union (rows of another union are not found) or, for the people of a county or
 * city union, a base union below it. Controllers and pages ask here
 * instead of checking groups themselves; writes stay with the processes and their candidate groups.
 */
@Component
public class ReadPolicy {

  /** Everyone who belongs to the union, whatever their groups. */
  private static final Set<String> EVERYONE = Set.of();

  /** Those who handle or supervise the money. */
  private static final Set<String> MONEY = Set.of(OFFICERS, COMMITTEE, CHAIR, TREASURER, AUDITORS,
      HIGHER_LEVEL, COUNTY_LEADERS, COUNTY_AUDITORS);

  /** The request parameter by which a reader from above names the base union below whose rows they read. */
  public static final String UNION_PARAMETER = "union";

  private static final Map<Register, Set<String>> READERS = new EnumMap<>(Map.ofEntries(
      // 会员档案: every member of the union finds a colleague; contacts are a detail (below)
      Map.entry(Register.MEMBERS, EVERYONE),
      // visits name members and their illnesses and bereavements: those who visit, pay or oversee them
      Map.entry(Register.VISITS, Set.of(OFFICERS, COMMITTEE, CHAIR, GROUP_LEADERS, TREASURER, AUDITORS,
          WOMENS_COMMITTEE, HIGHER_LEVEL, COUNTY_LEADERS, COUNTY_AUDITORS)),
      // motions and their handling are published to the whole union (校务公开)
      Map.entry(Register.MOTIONS, EVERYONE),
      Map.entry(Register.HARDSHIP_FILES, MONEY),
      Map.entry(Register.AID_CASES, MONEY),
      Map.entry(Register.AID_NOTICES, EVERYONE),
      // the budget is voted by the congress: every member may see its lines
      Map.entry(Register.BUDGET, EVERYONE),
      Map.entry(Register.LEDGER, MONEY),
      Map.entry(Register.EXPENSES, MONEY),
      Map.entry(Register.AUDITS, MONEY),
      Map.entry(Register.AUDIT_REPORTS, EVERYONE),
      // everyone reads the trail of a case they took part in; the whole trail is for those who oversee
      Map.entry(Register.TRAIL, Set.of(CHAIR, AUDITORS, COUNTY_LEADERS, COUNTY_AUDITORS))));

  private static final Map<Detail, Set<String>> DETAIL_READERS = new EnumMap<>(Map.of(
      Detail.MEMBER_CONTACTS, Set.of(OFFICERS, CHAIR),
      Detail.NOTICE_NAMES, Set.of(COMMITTEE, CHAIR, AUDITORS),
      Detail.LEDGER_NAMES, Set.of(COMMITTEE, CHAIR, TREASURER, AUDITORS)));

  public boolean mayRead(UnionFlowUser user, Register register) {
    Set<String> readers = READERS.get(register);
    return !user.unions().isEmpty() && (readers.isEmpty() || user.groups().stream().anyMatch(readers::contains));
  }

  /**
   * The union whose rows of the register the user reads: their own, or the base union below it that the request
   * names in {@value #UNION_PARAMETER}; 403 naming the register if they may not.
   */
  public String unionOf(UnionFlowUser user, Register register) {
    if (!mayRead(user, register)) {
      throw new AccessDeniedException(register.label() + ": not readable by " + user.id());
    }
    String named = namedUnion();
    if (named == null) {
      return user.union();
    }
    if (!user.reads(named)) {
      throw new AccessDeniedException(register.label() + " of " + named + ": not readable by " + user.id());
    }
    return named;
  }

  private static String namedUnion() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
        ? request.getRequest().getParameter(UNION_PARAMETER) : null;
  }

  public boolean sees(UnionFlowUser user, Detail detail) {
    return user.groups().stream().anyMatch(DETAIL_READERS.get(detail)::contains);
  }

  /** The person's name as the user may see it in that detail: in full, or masked as the public notice masks it. */
  public String name(UnionFlowUser user, Detail detail, String name) {
    return sees(user, detail) ? name : mask(name);
  }

  /** Keeps the family name: the first character of a Chinese name (张*); compound surnames are not told apart. */
  public static String mask(String name) {
    return name == null || name.isEmpty() ? name : name.substring(0, 1) + "*";
  }
}
