package org.unionflow.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A page of the task query in creation order (an officer's inbox, a process's tasks in Cockpit) or of the
 * process-instance query in id order (a process's running cases) as two pages, one per side of the tenant check
 * ({@code TENANT_ID_ is null} and the caller's unions), each read in its order from an index of tenant and order
 * column ({@link Shape#index}) and stopping at the page's end, then merged. The engine's single statement has to
 * sort every row of the caller's union for each page (its {@code select distinct}, and a tenant test of two ranges
 * no index returns in order), which grows with the union. A task's candidate-group link test becomes an
 * {@code EXISTS} of the same link, so no row is repeated and {@code distinct} has nothing to remove; every other
 * condition is repeated in both pages as it was, with its parameters. Only a statement of exactly that shape is
 * split.
 */
final class PageByTenant {

  /** The statements split: their table, order, index and the joins they may have (none repeats a row). */
  enum Shape {
    TASKS("ACT_RU_TASK", "CREATE_TIME_", "UF_IDX_TASK_TENANT_CREATED", "(?<links>\\s*left\\s+join\\s+\\S*?"
        + "ACT_RU_IDENTITYLINK\\s+I\\s+on\\s+I\\.TASK_ID_\\s*=\\s*RES\\.ID_)?(\\s*(left|inner)\\s+join\\s+\\S*?"
        + "ACT_RE_PROCDEF\\s+D\\s+on\\s+RES\\.PROC_DEF_ID_\\s*=\\s*D\\.ID_)?"),
    // (an empty links group: a case has no candidate links to turn into EXISTS)
    INSTANCES("ACT_RU_EXECUTION", "ID_", "UF_IDX_EXEC_TENANT_ID", "(?<links>)\\s*inner\\s+join\\s+\\S*?ACT_RE_PROCDEF"
        + "\\s+P\\s+on\\s+RES\\.PROC_DEF_ID_\\s*=\\s*P\\.ID_");

    final String table;
    final String orderColumn;
    final String index;
    private final Pattern from;
    private final Pattern page;
    private final Pattern joins;

    Shape(String table, String orderColumn, String index, String joins) {
      this.table = table;
      this.orderColumn = orderColumn;
      this.index = index;
      this.from = Pattern.compile("\\s+from\\s+(?<prefix>\\S*?)" + table + "\\s+RES\\b", Pattern.CASE_INSENSITIVE);
      this.page = Pattern.compile("\\s+and\\s*\\(\\s*RES\\.TENANT_ID_\\s+is\\s+null\\s+or\\s+RES\\.TENANT_ID_\\s+in"
          + "\\s*\\((?<tenants>\\s*\\?(?:\\s*,\\s*\\?)*)\\s*\\)\\s*\\)\\s*order\\s+by\\s+RES\\." + orderColumn
          + "\\s+(?<direction>asc|desc)\\s+LIMIT\\s+\\?\\s+OFFSET\\s+\\?\\s*$", Pattern.CASE_INSENSITIVE);
      this.joins = Pattern.compile("^" + joins + "\\s*$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    }
  }

  // the statement's parts, each found from where the one before ended: one pattern for all of it would try every
  // way of cutting a statement of another shape before failing
  private static final Pattern SELECT = Pattern.compile("select\\s+distinct\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern WHERE = Pattern.compile("\\s+WHERE\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern CANDIDATE_GROUPS = Pattern.compile("I\\.TYPE_\\s*=\\s*'candidate'\\s+and\\s*\\(\\s*"
      + "I\\.GROUP_ID_\\s+IN\\s*\\((?<groups>\\s*\\?(?:\\s*,\\s*\\?)*)\\s*\\)\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK_COLUMN = Pattern.compile("\\bI\\.", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT = Pattern.compile("\\bnot\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern IS_NOT_NULL = Pattern.compile("\\bis\\s+not\\s+null\\b", Pattern.CASE_INSENSITIVE);

  /** The split statement, and for each of its parameters the index of the engine's parameter it takes. */
  record Split(String sql, List<Integer> parameters, int engineParameters) {

    /** Whether the engine bound as many parameters as its statement has places (the split counted on that). */
    boolean fits(int bound) {
      return bound == engineParameters;
    }
  }

  private PageByTenant() {
  }

  /** The statement split by tenant, or null if it is not a page of this shape. */
  static Split split(Shape shape, AuthorizationCheckRewrite.Rewritten statement) {
    String prefix = statement.authorizations();
    int parametersBefore = count(prefix);
    String query = statement.query();
    Matcher select = SELECT.matcher(query);
    Matcher from = shape.from.matcher(query);
    Matcher where = WHERE.matcher(query);
    Matcher page = shape.page.matcher(query);
    if (!select.lookingAt() || !from.find(select.end()) || !where.find(from.end()) || !page.find(where.end())) {
      return null;
    }
    String columns = query.substring(select.end(), from.start());
    String joinsText = query.substring(from.end(), where.start());
    Matcher joins = shape.joins.matcher(joinsText);
    if ((columns + joinsText).indexOf('?') >= 0 || !joins.matches()) {
      return null;
    }
    String conditions = query.substring(where.end(), page.start());
    boolean links = joins.group("links") != null && !joins.group("links").isEmpty();
    if (links) {
      Matcher candidate = CANDIDATE_GROUPS.matcher(conditions);
      if (!candidate.find()) {
        return null;
      }
      String exists = "EXISTS (SELECT 1 FROM " + from.group("prefix") + "ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = "
          + "RES.ID_ AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN (" + candidate.group("groups") + "))";
      String around = conditions.substring(0, candidate.start()) + conditions.substring(candidate.end());
      if (LINK_COLUMN.matcher(around + columns).find()) {
        return null;
      }
      conditions = conditions.substring(0, candidate.start()) + exists + conditions.substring(candidate.end());
    }
    if (!onlyConjunctions(conditions) || NOT.matcher(IS_NOT_NULL.matcher(conditions).replaceAll("")).find()) {
      return null;
    }
    String tables = query.substring(from.start(), from.end())
        + joinsText.substring(links ? joins.end("links") : 0);
    String order = " order by RES." + shape.orderColumn + " " + page.group("direction");
    String head = "(select " + columns + tables + " WHERE " + conditions + " and ";
    String tail = order + " LIMIT (CAST(? AS BIGINT) + ?))";
    String sql = prefix + "select * from (" + head + "RES.TENANT_ID_ is null" + tail + " UNION ALL " + head
        + "RES.TENANT_ID_ in (" + page.group("tenants") + ")" + tail + ") RES" + order + " LIMIT ? OFFSET ?";

    int conditionsEnd = parametersBefore + count(conditions);
    int limit = conditionsEnd + count(page.group("tenants"));
    List<Integer> parameters = new ArrayList<>();
    IntStream.range(0, conditionsEnd).forEach(parameters::add);
    parameters.addAll(List.of(limit, limit + 1));
    IntStream.range(parametersBefore, limit).forEach(parameters::add);
    parameters.addAll(List.of(limit, limit + 1, limit, limit + 1));
    return new Split(sql, parameters, limit + 2);
  }

  /** No {@code OR} outside parentheses: the tenant test is a conjunct of the rest, so it can be split off. */
  private static boolean onlyConjunctions(String conditions) {
    String lower = conditions.toLowerCase(Locale.ROOT);
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && lower.startsWith("or", i) && boundary(lower, i - 1)
          && boundary(lower, i + 2)) {
        return false;
      }
    }
    return depth == 0 && !quoted;
  }

  private static boolean boundary(String text, int at) {
    return at < 0 || at >= text.length() || !Character.isLetterOrDigit(text.charAt(at)) && text.charAt(at) != '_';
  }

  private static int count(String text) {
    return (int) text.chars().filter(c -> c == '?').count();
  }
}
