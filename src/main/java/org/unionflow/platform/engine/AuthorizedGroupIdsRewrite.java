package org.unionflow.platform.engine;

import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;

/**
 * Lets PostgreSQL read the group ids that have authorizations from the group index, one probe per group, instead
 * of scanning every authorization. The engine asks this in every command that checks authorizations, to narrow the
 * caller's groups, and the table holds one row per open task: 37 ms a command at 100,000 open tasks, under 2 ms
 * this way. The answer differs only in leaving out the null of user authorizations, which the engine drops itself.
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
final class AuthorizedGroupIdsRewrite implements Interceptor {

  private static final Pattern STATEMENT = Pattern.compile(
      "\\s*SELECT\\s+distinct\\s*\\(\\s*A\\.GROUP_ID_\\s*\\)\\s+FROM\\s+(\\S*ACT_RU_AUTHORIZATION)\\s+A\\s*",
      Pattern.CASE_INSENSITIVE);

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    // through the interface: the target may be another interceptor's proxy of the handler
    BoundSql boundSql = ((StatementHandler) invocation.getTarget()).getBoundSql();
    String rewritten = rewrite(boundSql.getSql());
    if (rewritten != null) {
      StatementMeta.of(boundSql).setValue("sql", rewritten);
    }
    return invocation.proceed();
  }

  /** The same question as a walk over the group index (a loose index scan), or null for any other statement. */
  static String rewrite(String sql) {
    Matcher statement = STATEMENT.matcher(sql);
    if (!statement.matches()) {
      return null;
    }
    String table = statement.group(1);
    return "WITH RECURSIVE G (GROUP_ID_) AS (SELECT MIN(GROUP_ID_) FROM " + table
        + " UNION ALL SELECT (SELECT MIN(A.GROUP_ID_) FROM " + table + " A WHERE A.GROUP_ID_ > G.GROUP_ID_)"
        + " FROM G WHERE G.GROUP_ID_ IS NOT NULL) SELECT GROUP_ID_ FROM G WHERE GROUP_ID_ IS NOT NULL";
  }
}
