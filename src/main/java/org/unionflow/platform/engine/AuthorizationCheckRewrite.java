package org.unionflow.platform.engine;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites the authorization check of the engine's task query and process-instance query (the officer's inbox,
 * the chair's running cases) for PostgreSQL, with the same meaning. The engine left-joins the caller's
 * authorizations {@code ON AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')} and keeps the rows with a match;
 * PostgreSQL can only plan that join as a nested loop, so with one authorization per open task the inbox grows
 * with the square of the open tasks (24 s at 10,000), and the running cases pay every {@code '*'} grant of the
 * caller's groups per case. Here the same authorizations become a common table expression, inlined, and the
 * match a look-up of the row's and the process's resource id (and one test of {@code '*'}): PostgreSQL probes the
 * authorization index for each row the tenant check leaves, so an officer's inbox costs what their own union's
 * tasks cost, not what the whole county's do. The look-ups are scalar subqueries with {@code LIMIT 1}, because
 * PostgreSQL turns an {@code EXISTS} into a hash of every authorization of the caller's groups, one per open task
 * of every union (100,100 rows hashed for each page of a county of 100,000 tasks). Nothing in the statement moves
 * past a parameter, so the parameters stay as the engine bound them; a statement of another shape (a later engine
 * version) is left as it is, with a warning. A page (not a count) of tasks in creation order or of running cases is
 * then read per tenant side ({@link PageByTenant}), with the engine's parameters repeated where its conditions are.
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
final class AuthorizationCheckRewrite implements Interceptor {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationCheckRewrite.class);
  private static final String ENTITY = "org.camunda.bpm.engine.impl.persistence.entity.";
  static final Set<String> STATEMENTS = Set.of(ENTITY + "TaskEntity.selectTaskByQueryCriteria",
      ENTITY + "TaskEntity.selectTaskCountByQueryCriteria",
      ENTITY + "ExecutionEntity.selectProcessInstanceByQueryCriteria",
      ENTITY + "ExecutionEntity.selectProcessInstanceCountByQueryCriteria");
  // the pages (not the counts) read per tenant side
  private static final Map<String, PageByTenant.Shape> PAGES = Map.of(
      ENTITY + "TaskEntity.selectTaskByQueryCriteria", PageByTenant.Shape.TASKS,
      ENTITY + "ExecutionEntity.selectProcessInstanceByQueryCriteria", PageByTenant.Shape.INSTANCES);

  private static final Pattern JOIN = Pattern.compile("left\\s+join\\s*\\(\\s*(SELECT\\s+A\\.\\*\\s+FROM\\s+\\S*"
      + "ACT_RU_AUTHORIZATION\\s+A\\s+WHERE\\b.*?)\\)\\s*AUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*\\(\\s*"
      + "RES\\.ID_\\s*,\\s*(D|P)\\.KEY_\\s*,\\s*'\\*'\\s*\\)\\s*\\)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  // the task query writes the match in parentheses, the process-instance query without
  private static final Pattern MATCHED = Pattern.compile("\\(\\s*AUTH\\.RESOURCE_ID_\\s+IS\\s+NOT\\s+NULL\\s*\\)"
      + "|AUTH\\.RESOURCE_ID_\\s+IS\\s+NOT\\s+NULL", Pattern.CASE_INSENSITIVE);
  private static final String MATCH = "("
      + "(SELECT 1 FROM UF_AUTH AUTH WHERE AUTH.RESOURCE_ID_ = RES.ID_ LIMIT 1) IS NOT NULL"
      + " OR (SELECT 1 FROM UF_AUTH AUTH WHERE AUTH.RESOURCE_ID_ = %s.KEY_ LIMIT 1) IS NOT NULL"
      + " OR EXISTS (SELECT 1 FROM UF_AUTH AUTH WHERE AUTH.RESOURCE_ID_ = '*'))";

  private volatile boolean warned;

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    // every statement of the engine passes here: only one with an authorization join is looked at further
    BoundSql boundSql = ((StatementHandler) invocation.getTarget()).getBoundSql();
    String sql = boundSql.getSql();
    if (!sql.contains("AUTH.RESOURCE_ID_")) {
      return invocation.proceed();
    }
    String statement = mappedStatementId(invocation.getTarget());
    if (!STATEMENTS.contains(statement)) {
      return invocation.proceed();
    }
    Rewritten rewritten = rewrite(sql);
    if (rewritten == null) {
      if (!warned && sql.toUpperCase(Locale.ROOT).contains("ACT_RU_AUTHORIZATION")) {
        // (a query without authentication has no check to rewrite)
        warned = true;
        LOG.warn("The query's authorization check has a shape this rewrite does not know; left as it is: {}", sql);
      }
      return invocation.proceed();
    }
    MetaObject meta = StatementMeta.of(boundSql);
    PageByTenant.Shape shape = PAGES.get(statement);
    PageByTenant.Split split = shape == null ? null : PageByTenant.split(shape, rewritten);
    List<ParameterMapping> parameters = boundSql.getParameterMappings();
    if (split != null && split.fits(parameters.size())) {
      meta.setValue("sql", split.sql());
      meta.setValue("parameterMappings", split.parameters().stream().map(parameters::get).toList());
    } else {
      meta.setValue("sql", rewritten.sql());
    }
    return invocation.proceed();
  }

  private static String mappedStatementId(Object handler) {
    return ((MappedStatement) StatementMeta.of(handler).getValue("delegate.mappedStatement")).getId();
  }

  /** The authorizations as a common table expression in front of the statement that looks them up. */
  record Rewritten(String authorizations, String query) {

    String sql() {
      return authorizations + query;
    }
  }

  /** The statement with its authorization join as a common table expression, or null if it is not that shape. */
  static Rewritten rewrite(String sql) {
    Matcher join = JOIN.matcher(sql);
    if (!join.find() || sql.substring(0, join.start()).indexOf('?') >= 0) {
      return null;
    }
    String rest = sql.substring(0, join.start()) + sql.substring(join.end());
    Matcher matched = MATCHED.matcher(rest);
    if (!matched.find()) {
      return null;
    }
    Rewritten rewritten = new Rewritten("WITH UF_AUTH AS NOT MATERIALIZED (" + join.group(1) + ") ",
        rest.substring(0, matched.start()) + MATCH.formatted(join.group(2)) + rest.substring(matched.end()));
    return MATCHED.matcher(rest.substring(matched.end())).find() ? null : rewritten;
  }
}
