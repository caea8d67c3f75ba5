package org.unionflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The officer's page of tasks in creation order and the chair's page of running cases (as Camunda 7.24 writes them,
 * after {@link AuthorizationCheckRewrite}) become two pages each, one per side of the tenant check, with every
 * parameter where it belongs.
 */
class PageByTenantTests {

  // parameters: 0-2 the authorizations, 3-4 the candidate groups, 5 the union, 6 max results, 7 first result
  private static final String AUTHORIZATIONS = "WITH UF_AUTH AS NOT MATERIALIZED (SELECT A.* FROM ACT_RU_AUTHORIZATION"
      + " A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? , ? ) ) ) ";
  private static final String MATCH = "((SELECT 1 FROM UF_AUTH AUTH WHERE AUTH.RESOURCE_ID_ = RES.ID_ LIMIT 1) IS"
      + " NOT NULL OR EXISTS (SELECT 1 FROM UF_AUTH AUTH WHERE AUTH.RESOURCE_ID_ = '*'))";
  private static final String INBOX = "select distinct\n    RES.REV_, RES.ID_, RES.CREATE_TIME_, RES.TENANT_ID_\n"
      + "    from ACT_RU_TASK RES\n     left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_\n"
      + "          left join\n      ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_\n"
      + "     WHERE  (\n        1 = 1 and\n              (  I.TYPE_ = 'candidate'\n                  and\n"
      + "                  (\n                    I.GROUP_ID_ IN\n                    (\n ?\n , \n ?\n )\n  ) )\n"
      + "        )\n          and (\n            (RES.CASE_EXECUTION_ID_ IS NOT NULL)\n            OR\n"
      + "            " + MATCH + "\n          )\n      and (RES.TENANT_ID_ is null\n"
      + "          or RES.TENANT_ID_ in\n          (\n            ?\n          )\n      ) \n"
      + "    order by RES.CREATE_TIME_ asc\n    LIMIT ? OFFSET ?";

  @Test
  void theInboxIsReadAsOnePagePerTenantSideInCreationOrder() {
    PageByTenant.Split split = split(INBOX);

    String sql = flat(split.sql());
    String links = "EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = 'candidate'"
        + " AND I.GROUP_ID_ IN ( ? , ?))";
    String procdef = "left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ WHERE";
    assertThat(sql).startsWith(flat(AUTHORIZATIONS) + "select * from ((select RES.REV_, RES.ID_,")
        .contains("RES.TENANT_ID_ is null order by RES.CREATE_TIME_ asc LIMIT (CAST(? AS BIGINT) + ?)) UNION ALL (")
        .endsWith("RES.TENANT_ID_ in ( ?) order by RES.CREATE_TIME_ asc LIMIT (CAST(? AS BIGINT) + ?)))"
            + " RES order by RES.CREATE_TIME_ asc LIMIT ? OFFSET ?")
        .doesNotContain("distinct", "left join ACT_RU_IDENTITYLINK");
    for (String page : sql.split("UNION ALL")) {
      assertThat(page).contains(links, flat(MATCH), procdef);
    }
    assertThat(split.sql().chars().filter(c -> c == '?').count()).isEqualTo(split.parameters().size());
    assertThat(split.parameters()).containsExactly(0, 1, 2, 3, 4, 6, 7, 3, 4, 5, 6, 7, 6, 7);
    assertThat(split.fits(8)).isTrue();
    assertThat(split.fits(7)).isFalse();
  }

  @Test
  void aProcesssTasksInCreationOrderAreSplitToo() {
    String tasks = INBOX.replace("     left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_\n", "")
        .replaceFirst("(?s)\\(  I\\.TYPE_.*?\\) \\)", "D.KEY_ = ?").replace("asc", "desc");

    PageByTenant.Split split = split(tasks);

    assertThat(flat(split.sql())).contains("1 = 1 and D.KEY_ = ? ) and ( (RES.CASE_EXECUTION_ID_", " UNION ALL ")
        .endsWith(" RES order by RES.CREATE_TIME_ desc LIMIT ? OFFSET ?");
    assertThat(split.parameters()).containsExactly(0, 1, 2, 3, 5, 6, 3, 4, 5, 6, 5, 6);
  }

  @Test
  void theRunningCasesAreReadAsOnePagePerTenantSideInIdOrder() {
    String instances = "select distinct RES.*\n    from ACT_RU_EXECUTION RES\n      inner join ACT_RE_PROCDEF P on"
        + " RES.PROC_DEF_ID_ = P.ID_\n    WHERE ( RES.PARENT_ID_ is null and ( P.KEY_ = ? and RES.SUSPENSION_STATE_ = ?"
        + " ) ) AND " + MATCH + " and (RES.TENANT_ID_ is null or RES.TENANT_ID_ in ( ? ) )\n    order by RES.ID_ asc\n"
        + "    LIMIT ? OFFSET ?";

    PageByTenant.Split split = PageByTenant.split(PageByTenant.Shape.INSTANCES, statement(instances));

    assertThat(split).isNotNull();
    assertThat(flat(split.sql())).startsWith(flat(AUTHORIZATIONS) + "select * from ((select RES.* from"
            + " ACT_RU_EXECUTION RES inner join ACT_RE_PROCDEF P on RES.PROC_DEF_ID_ = P.ID_ WHERE ( RES.PARENT_ID_")
        .contains("RES.TENANT_ID_ is null order by RES.ID_ asc LIMIT (CAST(? AS BIGINT) + ?)) UNION ALL (")
        .endsWith("RES.TENANT_ID_ in ( ?) order by RES.ID_ asc LIMIT (CAST(? AS BIGINT) + ?))) RES order by RES.ID_"
            + " asc LIMIT ? OFFSET ?")
        .doesNotContain("distinct");
    assertThat(split.parameters()).containsExactly(0, 1, 2, 3, 4, 6, 7, 3, 4, 5, 6, 7, 6, 7);
    // a task page is not a page of cases
    assertThat(PageByTenant.split(PageByTenant.Shape.TASKS, statement(instances))).isNull();
    assertThat(PageByTenant.split(PageByTenant.Shape.INSTANCES, statement(instances.replace("inner join"
        + " ACT_RE_PROCDEF P", "left join ACT_RU_VARIABLE V on V.EXECUTION_ID_ = RES.ID_ inner join ACT_RE_PROCDEF P"))))
        .isNull();
  }

  @Test
  void aPageOfAnotherShapeIsLeftAlone() {
    List<String> others = List.of(
        INBOX.replace("order by RES.CREATE_TIME_ asc", "order by RES.PRIORITY_ desc"),
        // a link's column outside the candidate-group test would lose its row
        INBOX.replace("1 = 1 and", "1 = 1 and I.USER_ID_ = ? and"),
        // the tenant test would belong to the last alternative only
        INBOX.replace("and (\n            (RES.CASE_EXECUTION_ID_", "or (\n            (RES.CASE_EXECUTION_ID_"),
        INBOX.replace("1 = 1 and", "1 = 1 and not"),
        INBOX.replace("left join\n      ACT_RE_PROCDEF D", "left join ACT_RU_VARIABLE V on V.TASK_ID_ = RES.ID_"
            + " left join\n      ACT_RE_PROCDEF D"),
        INBOX.replace("RES.TENANT_ID_ is null\n          or ", ""),
        INBOX.replace("LIMIT ? OFFSET ?", ""));
    for (String other : others) {
      assertThat(PageByTenant.split(PageByTenant.Shape.TASKS, statement(other))).as(other).isNull();
    }
  }

  private static AuthorizationCheckRewrite.Rewritten statement(String query) {
    return new AuthorizationCheckRewrite.Rewritten(AUTHORIZATIONS, query);
  }

  private static String flat(String sql) {
    return sql.replaceAll("\\s+", " ");
  }

  private static PageByTenant.Split split(String query) {
    PageByTenant.Split split = PageByTenant.split(PageByTenant.Shape.TASKS, statement(query));
    assertThat(split).as(query).isNotNull();
    return split;
  }
}
