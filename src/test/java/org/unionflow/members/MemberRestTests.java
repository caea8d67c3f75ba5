package org.unionflow.members;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unionflow.UnionFlowTest;

/** The member register over REST: paging and search, field-level refusals, and one union never sees another's. */
@UnionFlowTest
class MemberRestTests {

  private static final String VALID = """
      {"staffNo": "%s", "name": "周晓梅", "unionGroup": "Mathematics group / 数学组", "department": "Teaching / 教学",
       "status": "ACTIVE", "gender": "FEMALE", "birthDate": "1990-04-12", "joinDate": "2014-09-01",
       "phone": "139 0000 1234"}""";

  @Autowired MockMvc mvc;

  @Test
  void listsOnlyTheCallersUnionPageByPage() throws Exception {
    mvc.perform(get("/api/members?size=10&sort=staffNo").with(user("ps-leader1")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content", hasSize(10)))
        .andExpect(jsonPath("$.content[0].staffNo").value("PS-0001"))
        .andExpect(jsonPath("$.content[*].unionId", everyItem(startsWith("union-ps1"))))
        .andExpect(jsonPath("$.page.size").value(10));
    mvc.perform(get("/api/members?size=100").with(user("ms-officer1")))
        .andExpect(jsonPath("$.content[*].staffNo", everyItem(startsWith("MS-"))));
  }

  @Test
  void searchesByNameOrStaffNumberAndFiltersByGroup() throws Exception {
    mvc.perform(get("/api/members?search=ps-0012").with(user("ps-officer1")))
        .andExpect(jsonPath("$.content[*].staffNo", containsInAnyOrder("PS-0012")));
    mvc.perform(get("/api/members?unionGroup=Logistics group / 后勤组&size=100").with(user("ps-officer1")))
        .andExpect(jsonPath("$.content[*].unionGroup", everyItem(startsWith("Logistics"))))
        .andExpect(jsonPath("$.content", hasSize(5)));
  }

  @Test
  void officersRegisterAndUpdateAMember() throws Exception {
    String created = mvc.perform(post("/api/members").with(user("ps-officer1")).contentType(MediaType.APPLICATION_JSON)
            .content(VALID.formatted("PS-9001")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.unionId").value("union-ps1"))
        .andReturn().getResponse().getContentAsString();
    String id = created.replaceAll(".*\"id\":(\\d+).*", "$1");

    mvc.perform(put("/api/members/" + id).with(user("ps-chair")).contentType(MediaType.APPLICATION_JSON)
            .content(VALID.formatted("PS-9001").replace("ACTIVE", "RETIRED")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RETIRED"));
    mvc.perform(get("/api/members/" + id).with(user("ms-officer1"))).andExpect(status().isNotFound());
  }

  @Test
  void invalidMemberIsRefusedNamingExactlyTheBadFields() throws Exception {
    String invalid = VALID.formatted("PS 9002!").replace("\"name\": \"周晓梅\"", "\"name\": \" \"")
        .replace("1990-04-12", "2090-04-12");

    mvc.perform(post("/api/members").with(user("ps-officer1")).contentType(MediaType.APPLICATION_JSON).content(invalid))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[*].field", containsInAnyOrder("staffNo", "name", "birthDate", "joinDate")));
    mvc.perform(get("/api/members?search=PS 9002").with(user("ps-officer1")))
        .andExpect(jsonPath("$.content", hasSize(0)));
  }

  @Test
  void aStaffNumberIsRegisteredOncePerUnion() throws Exception {
    mvc.perform(post("/api/members").with(user("ps-officer1")).contentType(MediaType.APPLICATION_JSON)
            .content(VALID.formatted("PS-0001")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("staffNo"));
    mvc.perform(post("/api/members").with(user("ms-officer1")).contentType(MediaType.APPLICATION_JSON)
            .content(VALID.formatted("PS-0001")))
        .andExpect(status().isCreated());
  }

  @Test
  void onlyOfficersAndTheChairKeepTheRegister() throws Exception {
    mvc.perform(post("/api/members").with(user("ps-leader1")).contentType(MediaType.APPLICATION_JSON)
            .content(VALID.formatted("PS-9003")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/members")).andExpect(status().isUnauthorized());
  }

  @Test
  void anUnknownSortFieldIsABadRequest() throws Exception {
    mvc.perform(get("/api/members?sort=password").with(user("ps-officer1")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("sort"));
  }

  private static RequestPostProcessor user(String id) {
    return httpBasic(id, "demo");
  }
}
