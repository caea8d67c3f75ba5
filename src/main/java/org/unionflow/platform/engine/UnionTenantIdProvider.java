package org.unionflow.platform.engine;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.unions.UnionTree;

/**
 * Each union is a tenant. Definitions are shared; an instance belongs to the union the person who starts it
 * acts for, or to the union named by the {@value #UNION_ID} variable (required for people of several unions
 * and for starts without a logged-in user).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UnionTenantIdProvider implements TenantIdProvider {

  public static final String UNION_ID = "unionId";

  // resolved on use: the engine that provides it is built with this provider
  private final ObjectProvider<IdentityService> identityService;

  private final UnionTree tree;

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    DelegateExecution parent = ctx.getSuperExecution();
    if (parent != null) {
      return parent.getTenantId();
    }
    Object requested = ctx.getVariables() == null ? null : ctx.getVariables().get(UNION_ID);
    Authentication authentication = identityService.getObject().getCurrentAuthentication();
    if (authentication == null) {
      return requested == null ? null : requested.toString();
    }
    // a county's people read the base unions below (tenant memberships) but start nothing there
    List<String> unions = tree.actsFor(
        authentication.getTenantIds() == null ? List.of() : authentication.getTenantIds());
    if (requested != null) {
      if (!unions.contains(requested.toString())) {
        throw FieldErrors.single(UNION_ID, "you are not a member of union " + requested);
      }
      return requested.toString();
    }
    if (unions.size() != 1) {
      throw FieldErrors.single(UNION_ID, "name the base union the case belongs to (you belong to " + unions.size() + ")");
    }
    return unions.get(0);
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }
}
