package org.unionflow.county;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.unionflow.platform.Groups;
import org.unionflow.TestUnions;
import org.unionflow.platform.unions.Union;
import org.unionflow.platform.unions.UnionKind;
import org.unionflow.platform.unions.UnionTree;

/**
 * A county union of its own for a test: its tenant, a reader among its leaders (password demo) and new base unions
 * under it.
 */
@Component
class TestCounty {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  record County(String id, String reader, List<String> bases) {
  }

  private final UnionTree tree;
  private final IdentityService identity;
  private final TestUnions unions;

  TestCounty(UnionTree tree, IdentityService identity, TestUnions unions) {
    this.tree = tree;
    this.identity = identity;
    this.unions = unions;
  }

  /** A county over {@code bases} new unions, each with member T-1 and a condolence line of 5,000.00. */
  County create(int bases) {
    String id = "union-tcounty" + SEQUENCE.incrementAndGet();
    tree.add(new Union(id, "测试县教育工会 " + id, null, UnionKind.COUNTY));
    Tenant tenant = identity.newTenant(id);
    tenant.setName(id);
    identity.saveTenant(tenant);
    String reader = id.substring("union-".length()) + "-chair";
    user(reader);
    identity.createTenantUserMembership(id, reader);
    identity.createMembership(reader, Groups.COUNTY_LEADERS);
    List<String> ids = IntStream.range(0, bases).mapToObj(i -> {
      String base = unions.withCondolenceBudget("5000.00");
      tree.add(new Union(base, "测试学校 " + base, id, UnionKind.BASE));
      return base;
    }).toList();
    return new County(id, reader, ids);
  }

  /** A user who belongs to no union at all. */
  String outsider() {
    String id = "outsider" + SEQUENCE.incrementAndGet();
    user(id);
    return id;
  }

  private void user(String id) {
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("测试");
    user.setPassword("demo");
    identity.saveUser(user);
  }
}
