package org.unionflow.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.unionflow.admin.UnionOpening;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.members.Gender;
import org.unionflow.members.MemberForm;
import org.unionflow.members.MemberService;
import org.unionflow.members.MemberStatus;
import org.unionflow.motions.CongressSession;
import org.unionflow.motions.MotionService;
import org.unionflow.platform.Groups;
import org.unionflow.platform.unions.Union;
import org.unionflow.platform.unions.UnionAdministration;
import org.unionflow.platform.unions.UnionKind;

/**
 * Seeds a county union over three base unions (a primary school, a middle school and a kindergarten) with their
 * people, members, this year's budget and congress sessions, only into an empty database: a restart or a
 * database with real data is left alone. The base unions are opened the way the administrator opens one
 * ({@link UnionOpening}).
 */
@Component
@Profile("demo")
@Order(2)
public class DemoData implements ApplicationRunner {

  public static final String COUNTY_ID = "union-county1";
  static final String COUNTY_NAME = "Binjiang County Education Union / 滨江县教育工会";

  static final DemoUnion PRIMARY = new DemoUnion("union-ps1", "Sunshine Primary School Union / 阳光小学工会", "PS",
      withMotionPeople(users("ps", 2, 2, 2), "ps"), List.of("Chinese group / 语文组", "Mathematics group / 数学组",
          "English group / 英语组", "Arts and sports group / 艺体组", "Logistics group / 后勤组"), 26,
      "3rd congress, 2nd session / 三届二次", List.of("王丽", "李伟", "张芳"));
  static final DemoUnion MIDDLE = new DemoUnion("union-ms2", "Riverside Middle School Union / 滨江中学工会", "MS",
      withMotionPeople(users("ms", 2, 1, 1), "ms"), List.of("Science group / 理科组", "Humanities group / 文科组",
          "Grade 7 group / 初一年级组", "Administration group / 行政组"), 16, "2nd congress, 1st session / 二届一次",
      List.of("张平", "赵文博", "马磊"));
  static final DemoUnion KINDERGARTEN = new DemoUnion("union-kg3", "Binjiang Central Kindergarten Union / 滨江中心幼儿园工会",
      "KG", withMotionPeople(users("kg", 2, 1, 1), "kg"), List.of("Senior classes group / 大班组",
          "Junior classes group / 小班组", "Care staff group / 保育组"), 12, "1st congress, 3rd session / 一届三次",
      List.of("周敏", "吴静", "徐海燕"));

  /** The demo's base unions, all under the county union. */
  public static final List<DemoUnion> BASE_UNIONS = List.of(PRIMARY, MIDDLE, KINDERGARTEN);

  /** The county union's people: user id to groups; they read the base unions below and approve large aid. */
  static final Map<String, List<String>> COUNTY_USERS = Map.of(
      "county-chair", List.of(Groups.COUNTY_LEADERS),
      "county-officer", List.of(Groups.HIGHER_LEVEL),
      "county-auditor", List.of(Groups.COUNTY_AUDITORS));

  private static final String[] FAMILY_NAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱"};
  private static final String[] GIVEN_NAMES = {"丽", "伟", "芳", "敏", "静", "强", "磊", "洋", "艳", "军", "杰", "娟", "涛", "明",
      "超", "霞", "平", "刚", "桂英", "建华", "秀兰", "志强", "海燕", "文博"};

  private final IdentityService identity;
  private final UnionAdministration unions;
  private final UnionOpening opening;
  private final MemberService members;
  private final FundLedgerService fund;
  private final MotionService motions;
  private final Clock clock;
  private final String password;
  private int people;

  DemoData(IdentityService identity, UnionAdministration unions, UnionOpening opening, MemberService members,
      FundLedgerService fund, MotionService motions, Clock clock, @Value("${unionflow.demo.password}") String password) {
    this.identity = identity;
    this.unions = unions;
    this.opening = opening;
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
    unions.open(new Union(COUNTY_ID, COUNTY_NAME, null, UnionKind.COUNTY));
    new TreeMap<>(COUNTY_USERS).forEach((userId, groups) -> addUser(COUNTY_ID, userId, groups));
    for (DemoUnion union : BASE_UNIONS) {
      seed(union);
    }
  }

  private void seed(DemoUnion union) {
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear();
    Map<BudgetCategory, BigDecimal> budget = new EnumMap<>(BudgetCategory.class);
    budget.put(BudgetCategory.CONDOLENCE, new BigDecimal("20000.00"));
    budget.put(BudgetCategory.HARDSHIP_AID, new BigDecimal("50000.00"));
    budget.put(BudgetCategory.CULTURE_SPORTS, new BigDecimal("30000.00"));
    budget.put(BudgetCategory.EDUCATION, new BigDecimal("15000.00"));
    budget.put(BudgetCategory.ADMINISTRATION, new BigDecimal("10000.00"));
    budget.put(BudgetCategory.OTHER, new BigDecimal("5000.00"));
    opening.openBaseUnion(union.id(), union.name(), COUNTY_ID, budget, union.congressSession(),
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    union.usersByGroup().forEach((userId, groups) -> addUser(union.id(), userId, groups));
    for (int i = 0; i < union.members(); i++) {
      members.create(union.id(), member(union, i, today));
    }
    seedRepresentatives(union);
  }

  /** The representatives of the union's congress session ({prefix}-rep1..3), members PS-0001.. in turn. */
  private void seedRepresentatives(DemoUnion union) {
    CongressSession session = motions.sessions(union.id()).get(0);
    String prefix = union.staffPrefix().toLowerCase(Locale.ROOT);
    for (int i = 0; i < union.representatives().size(); i++) {
      motions.addRepresentative(session, prefix + "-rep" + (i + 1), union.representatives().get(i),
          String.format("%s-%04d", union.staffPrefix(), i + 1));
    }
  }

  /** A demo account with a Chinese name (given name first, family name last, as the engine keeps them). */
  private void addUser(String unionId, String userId, List<String> groups) {
    User user = identity.newUser(userId);
    int n = people++;
    user.setLastName(FAMILY_NAMES[(n * 3 + 1) % FAMILY_NAMES.length]);
    user.setFirstName(GIVEN_NAMES[(n * 5 + 3) % GIVEN_NAMES.length]);
    user.setEmail(userId + "@unionflow.example");
    user.setPassword(password);
    identity.saveUser(user);
    groups.forEach(group -> identity.createMembership(userId, group));
    unions.addPerson(unionId, userId);
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
    return users;
  }
}
