package org.unionflow.platform.unions;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens unions in the tree and keeps the engine in step: every union is a tenant, and the people of a county
 * (or city) union are tenant members of every base union below it, which lets them read its cases (their
 * groups' authorizations let them change nothing there). Idempotent: adds only what is missing.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UnionAdministration {

  private final UnionTree tree;
  private final IdentityService identity;

  /**
   * The union in the tree and as a tenant, the people above it as its readers; the same union again changes
   * nothing.
   *
   * @throws UnionConflictException when the id is taken by a different union
   */
  @Transactional
  public Union open(Union union) {
    Union opened = tree.add(union);
    if (identity.createTenantQuery().tenantId(union.id()).count() == 0) {
      Tenant tenant = identity.newTenant(union.id());
      tenant.setName(union.name());
      identity.saveTenant(tenant);
    }
    if (opened.isBase()) {
      for (String above : tree.ancestorsOf(opened.id())) {
        identity.createUserQuery().memberOfTenant(above).list()
            .forEach(person -> addMembership(opened.id(), person.getId()));
      }
    }
    return opened;
  }

  /** Makes the person one of the union's people: a member of its tenant and a reader of every base union below. */
  public void addPerson(String unionId, String userId) {
    addMembership(unionId, userId);
    if (!tree.isBase(unionId)) {
      tree.baseUnionsUnder(unionId).forEach(base -> addMembership(base, userId));
    }
  }

  /** Gives the people of every county or city union the base unions below it (e.g. added in the Admin webapp). */
  public void keepInStep() {
    for (Union union : tree.all()) {
      if (!union.isBase()) {
        for (User person : identity.createUserQuery().memberOfTenant(union.id()).list()) {
          tree.baseUnionsUnder(union.id()).forEach(base -> addMembership(base, person.getId()));
        }
      }
    }
  }

  private void addMembership(String unionId, String userId) {
    if (identity.createUserQuery().memberOfTenant(unionId).userId(userId).count() == 0) {
      identity.createTenantUserMembership(unionId, userId);
    }
  }
}
