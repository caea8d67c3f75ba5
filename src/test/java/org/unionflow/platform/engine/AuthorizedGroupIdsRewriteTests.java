package org.unionflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's question for the group ids with authorizations (Camunda 7.24's statement) becomes an index walk. */
class AuthorizedGroupIdsRewriteTests {

  @Test
  void theEnginesStatementBecomesAWalkOverTheGroupIndexOfTheSameTable() {
    assertThat(AuthorizedGroupIdsRewrite.rewrite("SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A\n"))
        .isEqualTo("WITH RECURSIVE G (GROUP_ID_) AS (SELECT MIN(GROUP_ID_) FROM ACT_RU_AUTHORIZATION UNION ALL"
            + " SELECT (SELECT MIN(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A WHERE A.GROUP_ID_ > G.GROUP_ID_)"
            + " FROM G WHERE G.GROUP_ID_ IS NOT NULL) SELECT GROUP_ID_ FROM G WHERE GROUP_ID_ IS NOT NULL");
    assertThat(AuthorizedGroupIdsRewrite.rewrite("SELECT distinct(A.GROUP_ID_) FROM camunda.ACT_RU_AUTHORIZATION A"))
        .contains("FROM camunda.ACT_RU_AUTHORIZATION A WHERE");
  }

  @Test
  void everyOtherStatementIsLeftAlone() {
    assertThat(AuthorizedGroupIdsRewrite.rewrite("SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A"
        + " WHERE A.TYPE_ = ?")).isNull();
    assertThat(AuthorizedGroupIdsRewrite.rewrite("select * from ACT_RU_TASK")).isNull();
  }
}
