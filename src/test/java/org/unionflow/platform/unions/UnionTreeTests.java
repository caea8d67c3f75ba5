package org.unionflow.platform.unions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionflow.UnionFlowTest;

/** A city over two counties over base unions: who is under whom, at any depth. */
@UnionFlowTest
class UnionTreeTests {

  @Autowired UnionTree tree;
  @Autowired JdbcTemplate jdbc;

  @Test
  void baseUnionsAtAnyDepthBelowAndNothingBeside() {
    tree.add(new Union("tt-city", "Tree City / 树市", null, UnionKind.CITY));
    tree.add(new Union("tt-county-a", "County A / 甲县", "tt-city", UnionKind.COUNTY));
    tree.add(new Union("tt-county-b", "County B / 乙县", "tt-city", UnionKind.COUNTY));
    tree.add(new Union("tt-a1", "School A1 / 甲一校", "tt-county-a", UnionKind.BASE));
    tree.add(new Union("tt-a2", "School A2 / 甲二校", "tt-county-a", UnionKind.BASE));
    tree.add(new Union("tt-b1", "School B1 / 乙一校", "tt-county-b", UnionKind.BASE));

    assertThat(tree.baseUnionsUnder("tt-city")).containsExactly("tt-a1", "tt-a2", "tt-b1");
    assertThat(tree.baseUnionsUnder("tt-county-a")).containsExactly("tt-a1", "tt-a2");
    assertThat(tree.baseUnionsUnder("tt-b1")).containsExactly("tt-b1");
    assertThat(tree.parentOf("tt-a2")).contains("tt-county-a");
    assertThat(tree.parentOf("tt-city")).isEmpty();
    assertThat(tree.ancestorsOf("tt-b1")).containsExactly("tt-county-b", "tt-city");
    assertThat(tree.isBase("tt-a1")).isTrue();
    assertThat(tree.isBase("tt-county-a")).isFalse();
    assertThat(tree.nameOf("tt-county-b")).isEqualTo("County B / 乙县");
    assertThat(tree.childrenOf("tt-city")).extracting(Union::id).containsExactly("tt-county-a", "tt-county-b");
  }

  @Test
  void aUnionOutsideTheTreeIsABaseUnionOnItsOwn() {
    assertThat(tree.isBase("tt-unknown")).isTrue();
    assertThat(tree.baseUnionsUnder("tt-unknown")).containsExactly("tt-unknown");
    assertThat(tree.nameOf("tt-unknown")).isEqualTo("tt-unknown");
    assertThat(tree.parentOf("tt-unknown")).isEmpty();
  }

  @Test
  void addingTheSameUnionAgainChangesNothingADifferentOneIsRefused() {
    Union county = tree.add(new Union("tt-county-c", "County C / 丙县", null, UnionKind.COUNTY));
    assertThat(tree.add(county)).isEqualTo(county);
    assertThatThrownBy(() -> tree.add(new Union("tt-county-c", "Other / 别的", null, UnionKind.COUNTY)))
        .isInstanceOf(UnionConflictException.class);
    assertThatThrownBy(() -> tree.add(new Union("tt-c1", "Under a school / 校下", "tt-unknown", UnionKind.BASE)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(tree.find("tt-county-c")).contains(county);
  }

  @Test
  void aUnionAnotherNodeAddsAfterAnUnansweredLookUpIsFound() {
    assertThat(tree.find("tt-county-d")).isEmpty();
    // as another node of the installation would, straight into the shared table
    jdbc.update("insert into uf_union (id, name, parent_id, kind) values ('tt-county-d', 'County D / 丁县', null,"
        + " 'COUNTY')");
    assertThat(tree.find("tt-county-d"))
        .contains(new Union("tt-county-d", "County D / 丁县", null, UnionKind.COUNTY));
    assertThat(tree.isBase("tt-county-d")).isFalse();
  }
}
