package org.unionflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

/**
 * The rewrite of the engine's task query (as Camunda 7.24 writes it for an officer's filter) and process-instance
 * query (the chair's running cases) keeps their parameters.
 */
class AuthorizationCheckRewriteTests {

  private static final String AUTHORIZATIONS = "SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND"
      + " ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? , ? ) ) AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ?"
      + " OR A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) ) ";
  private static final String QUERY = "select distinct RES.ID_, RES.CREATE_TIME_ from ACT_RU_TASK RES\n"
      + "  left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_\n"
      + "  left join ( " + AUTHORIZATIONS + ") AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))\n"
      + "  WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? , ? ) ) ) ) and"
      + " ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) ) and"
      + " (RES.TENANT_ID_ is null or RES.TENANT_ID_ in ( ? ) ) order by RES.CREATE_TIME_ asc LIMIT ? OFFSET ?";

  @Test
  void theAuthorizationsMoveToTheFrontAndEachTaskIsMatchedByItsOwnRows() {
    String rewritten = AuthorizationCheckRewrite.rewrite(QUERY).sql();

    assertRewritten(rewritten, QUERY).contains("(RES.CASE_EXECUTION_ID_ IS NOT NULL) OR " + match("D") + " )");
    assertThat(rewritten.substring(rewritten.indexOf("select distinct"))).contains("I.GROUP_ID_ IN ( ? , ? )")
        .doesNotContain("A.GROUP_ID_");
  }

  private static final String INSTANCES = "select distinct RES.* from ACT_RU_EXECUTION RES\n"
      + "  inner join ACT_RE_PROCDEF P on RES.PROC_DEF_ID_ = P.ID_\n"
      + "  left join ( " + AUTHORIZATIONS + ") AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , P.KEY_ , '*' ))\n"
      + "  WHERE ( RES.PARENT_ID_ is null and ( P.KEY_ = ? and RES.SUSPENSION_STATE_ = ? ) ) AND"
      + " AUTH.RESOURCE_ID_ IS NOT NULL and (RES.TENANT_ID_ is null or RES.TENANT_ID_ in ( ? ) )"
      + " order by RES.ID_ asc LIMIT ? OFFSET ?";

  @Test
  void theRunningCasesAreMatchedByTheirOwnAndTheirProcessesRows() {
    assertRewritten(AuthorizationCheckRewrite.rewrite(INSTANCES).sql(), INSTANCES)
        .contains("RES.SUSPENSION_STATE_ = ? ) ) AND " + match("P") + " and (RES.TENANT_ID_");
  }

  /** The authorizations in front, the join gone, and the same parameters in the same order. */
  private static AbstractStringAssert<?> assertRewritten(String rewritten, String original) {
    // those of the authorizations came first and still do
    assertThat(rewritten.replaceAll("[^?]", "")).isEqualTo(original.replaceAll("[^?]", ""));
    return assertThat(rewritten).startsWith("WITH UF_AUTH AS NOT MATERIALIZED (" + AUTHORIZATIONS + ") select distinct")
        .doesNotContain("left join ( SELECT A.*", "AUTH.RESOURCE_ID_ IS NOT NULL");
  }

  /** The row's own, its process's ({@code alias.KEY_}) and the {@code '*'} grants, each by one look-up. */
  private static String match(String processAlias) {
    return "((SELECT 1 FROM UF_AUTH AUTH WHERE AUTH.RESOURCE_ID_ = RES.ID_ LIMIT 1) IS NOT NULL"
        + " OR (SELECT 1 FROM UF_AUTH AUTH WHERE AUTH.RESOURCE_ID_ = " + processAlias + ".KEY_ LIMIT 1) IS NOT NULL"
        + " OR EXISTS (SELECT 1 FROM UF_AUTH AUTH WHERE AUTH.RESOURCE_ID_ = '*'))";
  }

  @Test
  void aStatementOfAnotherShapeIsLeftAlone() {
    assertThat(AuthorizationCheckRewrite.rewrite("select RES.ID_ from ACT_RU_TASK RES where RES.ID_ = ?"))
        .isNull();
    // a parameter before the join would change places
    assertThat(AuthorizationCheckRewrite.rewrite(QUERY.replace("from ACT_RU_TASK RES",
        "from ACT_RU_TASK RES left join ACT_RU_VARIABLE V on V.NAME_ = ?"))).isNull();
    // without the engine's match on the joined rows the join does not only filter
    assertThat(AuthorizationCheckRewrite.rewrite(QUERY.replace("OR (AUTH.RESOURCE_ID_ IS NOT NULL)", "")))
        .isNull();
  }
}
