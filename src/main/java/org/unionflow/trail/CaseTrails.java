package org.unionflow.trail;

import java.util.List;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.unionflow.platform.security.ReadPolicy;
import org.unionflow.platform.security.Register;
import org.unionflow.platform.security.UnionFlowUser;
import org.unionflow.platform.web.NotFoundException;

/**
 * Who may read which trail: those the read policy lets read the whole trail (the chair and the audit committee)
 * read every case of their union; everyone else only the cases they took part in (started, claimed or decided a step of). Another union's case does not exist.
 */
@Service
@RequiredArgsConstructor
class CaseTrails {

  private static final int SEARCH_LIMIT = 50;

  private final HistoryService history;
  private final CaseTrailAssembler assembler;
  private final ApprovalTrail trail;
  private final ReadPolicy policy;

  private boolean monitors(UnionFlowUser user) {
    return policy.mayRead(user, Register.TRAIL);
  }

  /** Refuses cross-case reading (searches, checks of all cases) to anyone but the chair and the auditors. */
  private void requireMonitor(UnionFlowUser user, String what) {
    if (!monitors(user)) {
      throw new AccessDeniedException("Only the chair and the audit committee may " + what);
    }
  }

  CaseTrail byBusinessKey(UnionFlowUser user, String businessKey) {
    return readable(user, find(user, history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey), "Case", businessKey));
  }

  CaseTrail byProcessInstance(UnionFlowUser user, String processInstanceId) {
    return readable(user, find(user, history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId), "Process instance", processInstanceId));
  }

  ChainCheck check(UnionFlowUser user, String businessKey) {
    return byBusinessKey(user, businessKey).chain();
  }

  /** Recomputes the chain of every case of the union that has recorded steps. */
  List<ChainCheck> checkAll(UnionFlowUser user) {
    requireMonitor(user, "check every case");
    return trail.casesOf(user.union()).stream()
        .map(id -> trail.check(businessKeyOf(id), id, trail.of(id)))
        .toList();
  }

  /** Cases whose business key starts with the given text, newest first; finished ones only if asked. */
  List<CaseSummary> search(UnionFlowUser user, String businessKeyPrefix, boolean finishedOnly) {
    requireMonitor(user, "search cases");
    HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery().tenantIdIn(user.union())
        .processInstanceBusinessKeyLike((businessKeyPrefix == null ? "" : businessKeyPrefix) + "%");
    if (finishedOnly) {
      query.finished();
    }
    return query.orderByProcessInstanceStartTime().desc().listPage(0, SEARCH_LIMIT).stream()
        .map(CaseSummary::of).toList();
  }

  private String businessKeyOf(String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  private static HistoricProcessInstance find(UnionFlowUser user, HistoricProcessInstanceQuery query, String what,
      String id) {
    List<HistoricProcessInstance> found = query.tenantIdIn(user.union()).orderByProcessInstanceStartTime().asc()
        .listPage(0, 1);
    if (found.isEmpty()) {
      throw new NotFoundException(what, id);
    }
    return found.get(0);
  }

  private CaseTrail readable(UnionFlowUser user, HistoricProcessInstance instance) {
    CaseTrail caseTrail = assembler.assemble(instance);
    if (!monitors(user) && !tookPart(user.id(), caseTrail)) {
      throw new AccessDeniedException(user.id() + " took no part in case " + instance.getBusinessKey());
    }
    return caseTrail;
  }

  private static boolean tookPart(String userId, CaseTrail caseTrail) {
    return userId.equals(caseTrail.startedBy()) || caseTrail.entries().stream()
        .filter(entry -> entry.kind() == EntryKind.USER_TASK || entry.kind() == EntryKind.PAYMENT)
        .anyMatch(entry -> Objects.equals(userId, entry.actor()) || Objects.equals(userId, entry.claimedBy())
            || Objects.equals(userId, entry.completedBy()));
  }
}
