package org.unionflow.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.members.Gender;
import org.unionflow.members.MemberForm;
import org.unionflow.members.MemberService;
import org.unionflow.members.MemberStatus;
import org.unionflow.motions.CongressSession;
import org.unionflow.motions.MotionService;
import org.unionflow.platform.Groups;

/**
 * Seeds two base unions (a primary and a middle school) with their people, members and this year's budget,
 * only into an empty database: a restart or a database with real data is left alone.
 */
@Component
@Profile("demo")
@Order(2)
class DemoData implements ApplicationRunner {

  static final DemoUnion PRIMARY = new DemoUnion("union-ps1", "Sunshine Primary School Union / 阳光小学工会", "PS",
      withMotionPeople(users("ps", 2, 2, 2), "ps"), List.of("Chinese group / 语文组", "Mathematics group / 数学组",
          "English group / 英语组", "Arts and sports group / 艺体组", "Logistics group / 后勤组"), 26);
  static final DemoUnion MIDDLE = new DemoUnion("union-ms2", "Riverside Middle School Union / 滨江中学工会", "MS",
      users("ms", 2, 1, 1), List.of("Science group / 理科组", "Humanities group / 文科组", "Grade 7 group / 初一年级组",
          "Administration group / 行政组"), 16);

  private static final String[] FAMILY_NAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱"};
  private static final String[] GIVEN_NAMES = {"丽", "伟", "芳", "敏", "静", "强", "磊", "洋", "艳", "军", "杰", "娟", "涛", "明",
      "超", "霞", "平", "刚", "桂英", "建华", "秀兰", "志强", "海燕", "文博"};

  private final IdentityService identity;
  private final MemberService members;
  private final FundLedgerService fund;
  private final MotionService motions;
  private final Clock clock;
  private final String password;

  DemoData(IdentityService identity, MemberService members, FundLedgerService fund, MotionService motions,
      Clock clock, @Value("${unionflow.demo.password}") String password) {
    this.identity = identity;
    this.members = members;
    this.fund = fund;
    this.motions = motions;
    this.clock = clock;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identity.createTenantQuery().count() > 0 || fund.hasBudget(PRIMARY.id())) {
      return;
    }
    for (DemoUnion union : List.of(PRIMARY, MIDDLE)) {
      seed(union);
    }
    seedCongress(PRIMARY);
  }

  /** This year's congress session of the primary school, with its representatives (ps-rep1..3, each a member). */
  private void seedCongress(DemoUnion union) {
    int year = LocalDate.now(clock).getYear();
    CongressSession session = motions.openSession(union.id(), "3rd congress, 2nd session / 三届二次",
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    motions.addRepresentative(session, "ps-rep1", "王丽", "PS-0001");
    motions.addRepresentative(session, "ps-rep2", "李伟", "PS-0002");
    motions.addRepresentative(session, "ps-rep3", "张芳", "PS-0003");
  }

  private void seed(DemoUnion union) {
    Tenant tenant = identity.newTenant(union.id());
    tenant.setName(union.name());
    identity.saveTenant(tenant);
    union.usersByGroup().forEach((userId, groups) -> {
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName(union.name().substring(union.name().indexOf('/') + 2));
      user.setEmail(userId + "@unionflow.example");
      user.setPassword(password);
      identity.saveUser(user);
      groups.forEach(group -> identity.createMembership(userId, group));
      identity.createTenantUserMembership(union.id(), userId);
    });
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < union.members(); i++) {
      members.create(union.id(), member(union, i, today));
    }
    int year = today.getYear();
    Map<BudgetCategory, String> budget = new LinkedHashMap<>();
    budget.put(BudgetCategory.CONDOLENCE, "20000.00");
    budget.put(BudgetCategory.HARDSHIP_AID, "50000.00");
    budget.put(BudgetCategory.CULTURE_SPORTS, "30000.00");
    budget.put(BudgetCategory.EDUCATION, "15000.00");
    budget.put(BudgetCategory.ADMINISTRATION, "10000.00");
    budget.put(BudgetCategory.OTHER, "5000.00");
    budget.forEach((category, amount) ->
        fund.openLine(union.id(), year, category, category.label(), new BigDecimal(amount)));
  }

  /** A deterministic member: the same demo every time. */
  private static MemberForm member(DemoUnion union, int i, LocalDate today) {
    String name = FAMILY_NAMES[(i * 5 + union.staffPrefix().length()) % FAMILY_NAMES.length]
        + GIVEN_NAMES[(i * 7 + union.members()) % GIVEN_NAMES.length];
    boolean retired = i % 9 == 8;
    LocalDate birthDate = today.minusYears(retired ? 62 + i % 5 : 24 + i % 35).minusDays(i * 11L);
    return new MemberForm(String.format("%s-%04d", union.staffPrefix(), i + 1), name,
        union.unionGroups().get(i % union.unionGroups().size()), retired ? null : "Teaching / 教学",
        retired ? MemberStatus.RETIRED : MemberStatus.ACTIVE, i % 3 == 0 ? Gender.MALE : Gender.FEMALE,
        birthDate, birthDate.plusYears(23), String.format("138%08d", 10_000 + i * 37));
  }

  /** Adds the people of congress motions: representatives, the motion committee, departments, the principal. */
  private static Map<String, List<String>> withMotionPeople(Map<String, List<String>> users, String prefix) {
    for (int i = 1; i <= 3; i++) {
      users.put(prefix + "-rep" + i, List.of(Groups.REPRESENTATIVES));
    }
    users.put(prefix + "-motions", List.of(Groups.MOTION_COMMITTEE));
    users.put(prefix + "-dept-academic", List.of(Groups.DEPT_ACADEMIC));
    users.put(prefix + "-dept-general", List.of(Groups.DEPT_GENERAL_AFFAIRS));
    users.put(prefix + "-dept-hr", List.of(Groups.DEPT_HR));
    users.put(prefix + "-principal", List.of(Groups.ADMINISTRATION));
    return users;
  }

  /** Demo accounts of one union: user id to groups. */
  private static Map<String, List<String>> users(String prefix, int officers, int leaders, int auditors) {
    Map<String, List<String>> users = new LinkedHashMap<>();
    users.put(prefix + "-chair", List.of(Groups.CHAIR, Groups.COMMITTEE));
    for (int i = 1; i <= officers; i++) {
      users.put(prefix + "-officer" + i, List.of(Groups.OFFICERS, Groups.COMMITTEE));
    }
    for (int i = 1; i <= leaders; i++) {
      users.put(prefix + "-leader" + i, List.of(Groups.GROUP_LEADERS));
    }
    users.put(prefix + "-treasurer", List.of(Groups.TREASURER));
    for (int i = 1; i <= auditors; i++) {
      users.put(prefix + "-auditor" + i, List.of(Groups.AUDITORS));
    }
    users.put(prefix + "-women", List.of(Groups.WOMENS_COMMITTEE));
    // approves hardship aid above the local limit (SPEC.md §4)
    users.put(prefix + "-higher1", List.of(Groups.HIGHER_LEVEL));
    return users;
  }
}
