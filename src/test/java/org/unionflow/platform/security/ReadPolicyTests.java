package org.unionflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.access.AccessDeniedException;
import org.unionflow.platform.Groups;

/** The read policy as a table: for every register and detail, exactly the listed roles read it. */
class ReadPolicyTests {

  private final ReadPolicy policy = new ReadPolicy();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      MEMBERS        | *
      VISITS         | officers committee chair group-leaders treasurer auditors womens-committee higher-level-union county-leaders county-auditors
      MOTIONS        | *
      HARDSHIP_FILES | officers committee chair treasurer auditors higher-level-union county-leaders county-auditors
      AID_CASES      | officers committee chair treasurer auditors higher-level-union county-leaders county-auditors
      AID_NOTICES    | *
      BUDGET         | *
      LEDGER         | officers committee chair treasurer auditors higher-level-union county-leaders county-auditors
      EXPENSES       | officers committee chair treasurer auditors higher-level-union county-leaders county-auditors
      AUDITS         | officers committee chair treasurer auditors higher-level-union county-leaders county-auditors
      AUDIT_REPORTS  | *
      TRAIL          | chair auditors county-leaders county-auditors
      """)
  void eachRoleReadsExactlyItsRegisters(Register register, String readers) {
    Set<String> allowed = readers.equals("*") ? roles() : Set.of(readers.split(" "));
    for (String role : roles()) {
      UnionFlowUser user = new UnionFlowUser("someone", List.of(role), List.of("union-ps1"));
      assertThat(policy.mayRead(user, register)).as("%s reads %s", role, register).isEqualTo(allowed.contains(role));
      if (!allowed.contains(role)) {
        assertThatThrownBy(() -> policy.unionOf(user, register)).isInstanceOf(AccessDeniedException.class)
            .hasMessageContaining(register.label());
      } else {
        assertThat(policy.unionOf(user, register)).isEqualTo("union-ps1");
      }
    }
  }

  @Test
  void everyRegisterHasADecision() {
    UnionFlowUser chair = new UnionFlowUser("chair", List.of(Groups.CHAIR), List.of("union-ps1"));
    assertThat(Arrays.stream(Register.values()).filter(r -> policy.mayRead(chair, r))).hasSize(Register.values().length);
  }

  @Test
  void nobodyOutsideAUnionReadsAnything() {
    UnionFlowUser stranger = new UnionFlowUser("stranger", List.of(Groups.CHAIR), List.of());
    assertThat(Arrays.stream(Register.values()).filter(r -> policy.mayRead(stranger, r))).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      MEMBER_CONTACTS | officers chair
      NOTICE_NAMES    | committee chair auditors
      LEDGER_NAMES    | committee chair treasurer auditors
      """)
  void detailsShowOnlyToTheirRoles(Detail detail, String readers) {
    Set<String> allowed = Set.of(readers.split(" "));
    for (String role : roles()) {
      UnionFlowUser user = new UnionFlowUser("someone", List.of(role), List.of("union-ps1"));
      assertThat(policy.sees(user, detail)).as("%s sees %s", role, detail).isEqualTo(allowed.contains(role));
      assertThat(policy.name(user, detail, "周晓梅")).isEqualTo(allowed.contains(role) ? "周晓梅" : "周*");
    }
  }

  @Test
  void maskKeepsTheFamilyNameOnly() {
    assertThat(ReadPolicy.mask("欧阳娜娜")).isEqualTo("欧*");
    assertThat(ReadPolicy.mask("王")).isEqualTo("王*");
    assertThat(ReadPolicy.mask("")).isEmpty();
    assertThat(ReadPolicy.mask(null)).isNull();
  }

  private static Set<String> roles() {
    return Groups.ALL.stream().map(Groups.Role::id).collect(Collectors.toSet());
  }
}
