package org.unionflow.fund;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.unionflow.UnionDay;
import org.unionflow.platform.Groups;

/**
 * A base union of its own for each fund test: the chair and two officers on the committee, a treasurer, three
 * auditors, and this year's lines (culture 10,000, education 3,000, other 5,000).
 */
// only in the test profile: the benchmark starts the app from the test class path too
@Profile("test")
@Component
public class FundTestUnions {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final IdentityService identity;
  private final FundLedgerService fund;

  FundTestUnions(IdentityService identity, FundLedgerService fund) {
    this.identity = identity;
    this.fund = fund;
  }

  public record FundUnion(String id, String prefix, Map<BudgetCategory, Long> lines) {

    public String chair() {
      return prefix + "-chair";
    }

    public String officer(int i) {
      return prefix + "-officer" + i;
    }

    public String treasurer() {
      return prefix + "-treasurer";
    }

    public String auditor(int i) {
      return prefix + "-auditor" + i;
    }

    public long line(BudgetCategory category) {
      return lines.get(category);
    }
  }

  public FundUnion create() {
    String prefix = "fu" + SEQUENCE.incrementAndGet();
    String unionId = "union-" + prefix;
    Tenant tenant = identity.newTenant(unionId);
    tenant.setName(unionId);
    identity.saveTenant(tenant);
    Map<String, List<String>> people = Map.of(
        prefix + "-chair", List.of(Groups.CHAIR, Groups.COMMITTEE),
        prefix + "-officer1", List.of(Groups.OFFICERS, Groups.COMMITTEE),
        prefix + "-officer2", List.of(Groups.OFFICERS, Groups.COMMITTEE),
        prefix + "-treasurer", List.of(Groups.TREASURER),
        prefix + "-auditor1", List.of(Groups.AUDITORS),
        prefix + "-auditor2", List.of(Groups.AUDITORS),
        prefix + "-auditor3", List.of(Groups.AUDITORS));
    people.forEach((userId, groups) -> {
      User user = identity.newUser(userId);
      user.setPassword("demo");
      identity.saveUser(user);
      groups.forEach(group -> identity.createMembership(userId, group));
      identity.createTenantUserMembership(unionId, userId);
    });
    int year = UnionDay.today().getYear();
    Map<BudgetCategory, Long> lines = Map.of(
        BudgetCategory.CULTURE_SPORTS, line(unionId, year, BudgetCategory.CULTURE_SPORTS, "10000.00"),
        BudgetCategory.EDUCATION, line(unionId, year, BudgetCategory.EDUCATION, "3000.00"),
        BudgetCategory.OTHER, line(unionId, year, BudgetCategory.OTHER, "5000.00"));
    return new FundUnion(unionId, prefix, lines);
  }

  private long line(String unionId, int year, BudgetCategory category, String amount) {
    return fund.openLine(unionId, year, category, category.label(), new BigDecimal(amount)).getId();
  }
}
