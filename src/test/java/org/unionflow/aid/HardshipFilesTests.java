package org.unionflow.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.members.Gender;
import org.unionflow.members.Member;
import org.unionflow.members.MemberForm;
import org.unionflow.members.MemberService;
import org.unionflow.members.MemberStatus;

/** The hardship files' page: open files by their next review, those due soon, for the readers the policy names. */
@UnionFlowTest
class HardshipFilesTests {

  @Autowired DemoUsersOverHttp demo;
  @Autowired MemberService members;
  @Autowired HardshipFileRepository files;

  @Test
  void reviewsDueListTheFilesDueWithinTheWindowOverdueFirstAndOnlyInTheReadersUnion() {
    LocalDate today = UnionDay.today();
    String overdue = file("union-ps1", "逾期户", HardshipLevel.EXTREME, today.minusDays(3));
    String soon = file("union-ps1", "将到户", HardshipLevel.GENERAL, today.plusDays(20));
    String later = file("union-ps1", "明年户", HardshipLevel.GENERAL, today.plusDays(200));
    String otherUnion = file("union-ms2", "外校户", HardshipLevel.GENERAL, today.plusDays(5));

    List<Map<String, Object>> due = rows("ps-officer1", "/api/aid/files?dueWithin=30&size=200");
    assertThat(due).extracting(r -> r.get("memberStaffNo")).contains(overdue, soon).doesNotContain(later, otherUnion);
    assertThat(due).extracting(r -> (String) r.get("nextReviewOn")).isSorted();
    assertThat(due.stream().filter(r -> overdue.equals(r.get("memberStaffNo"))).findFirst().orElseThrow())
        .containsEntry("daysToReview", -3).containsEntry("levelLabel", "特困").containsEntry("memberName", "逾期户");
    assertThat(rows("ps-chair", "/api/aid/files?name=明年&size=200")).extracting(r -> r.get("memberStaffNo"))
        .containsExactly(later);
    assertThat(rows("ps-officer1", "/api/aid/files?level=EXTREME&size=200")).extracting(r -> r.get("level"))
        .containsOnly("EXTREME");
    assertThat(rows("ps-officer1", "/api/aid/files?closed=true&size=200")).extracting(r -> r.get("memberStaffNo"))
        .doesNotContain(overdue, soon, later);
    assertThat(rows("ms-officer1", "/api/aid/files?size=200")).extracting(r -> r.get("memberStaffNo"))
        .contains(otherUnion).doesNotContain(overdue, soon, later);
  }

  @Test
  void aGroupLeaderReadsNoHardshipFileAndABadWindowIsRefusedAtTheField() {
    assertThat(demo.as("ps-leader1").exchange("/api/aid/files", HttpMethod.GET, null, JSON).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> refused = demo.as("ps-officer1").exchange("/api/aid/files?dueWithin=-1",
        HttpMethod.GET, null, JSON);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().toString()).contains("dueWithin");
  }

  private String file(String unionId, String name, HardshipLevel level, LocalDate reviewOn) {
    // the union's own prefix, after its demo members (PS-0001…), as other tests of the shared context expect
    String staffNo = unionId.substring(6, 8).toUpperCase(Locale.ROOT) + "-H" + UUID.randomUUID().toString().substring(0, 8);
    LocalDate born = LocalDate.of(1980, 5, 1);
    Member member = members.create(unionId, new MemberForm(staffNo, name, "Chinese group / 语文组", "Teaching / 教学",
        MemberStatus.ACTIVE, Gender.FEMALE, born, born.plusYears(23), null));
    files.save(new HardshipFile(member, level, reviewOn.minusYears(1), reviewOn));
    return staffNo;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rows(String user, String path) {
    ResponseEntity<Map<String, Object>> page = demo.as(user).exchange(path, HttpMethod.GET, null, JSON);
    assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) page.getBody().get("content");
  }
}
