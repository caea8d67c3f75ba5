package org.unionflow.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.security.ReadPolicy;
import org.unionflow.platform.security.Register;
import org.unionflow.platform.security.UnionFlowUser;

/**
 * Decided steps across the cases of a union. The chair and the auditors filter by anyone; everyone else sees
 * only what they decided themselves (naming someone else is refused, not answered with an empty list).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class StepSearch {

  private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
  };
  // bounds of an open-ended range, built here so the query never binds a null date
  private static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private final ApprovalStepRepository steps;
  private final ApprovalTrail trail;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final ObjectMapper json;
  private final Clock clock;
  private final ReadPolicy policy;

  StepList find(UnionFlowUser user, StepFilter requested) {
    StepFilter filter = requested;
    if (!policy.mayRead(user, Register.TRAIL)) {
      if (filter.person() != null && !filter.person().equals(user.id())) {
        throw new AccessDeniedException(user.id() + " may list only the steps they decided themselves");
      }
      filter = filter.forPerson(user.id());
    }
    check(filter);
    Instant from = (filter.from() == null ? EARLIEST : filter.from()).atStartOfDay(clock.getZone()).toInstant();
    Instant until = (filter.to() == null ? LATEST : filter.to().plusDays(1)).atStartOfDay(clock.getZone()).toInstant();
    Specification<ApprovalStep> spec = (root, query, cb) -> cb.and(
        cb.equal(root.get("unionId"), user.union()),
        cb.greaterThanOrEqualTo(root.get("completedAt"), from),
        cb.lessThan(root.get("completedAt"), until));
    if (filter.process() != null) {
      String process = filter.process();
      spec = spec.and((root, query, cb) -> cb.equal(root.get("processDefinitionKey"), process));
    }
    if (filter.person() != null) {
      String person = filter.person();
      spec = spec.and((root, query, cb) -> cb.or(cb.equal(root.get("claimedBy"), person),
          cb.equal(root.get("completedBy"), person)));
    }
    Map<String, ChainCheck> checks = new LinkedHashMap<>();
    String decision = filter.decision();
    List<StepRow> rows = steps.findAll(spec, Sort.by("completedAt", "id")).stream()
        .filter(step -> decision == null || values(step).values().stream()
            .anyMatch(value -> value != null && decision.equalsIgnoreCase(value.toString())))
        .map(step -> row(step, values(step), checks.computeIfAbsent(step.getProcessInstanceId(),
            id -> trail.check(step.getBusinessKey(), id, trail.of(id)))))
        .toList();
    return new StepList(filter, rows, List.copyOf(checks.values()));
  }

  private void check(StepFilter filter) {
    FieldErrors errors = new FieldErrors();
    if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
      errors.reject("to", "must not be before from (" + filter.from() + ")");
    }
    if (filter.process() != null
        && repository.createProcessDefinitionQuery().processDefinitionKey(filter.process()).count() == 0) {
      errors.reject("process", "no process with id " + filter.process());
    }
    if (filter.person() != null && identity.createUserQuery().userId(filter.person()).count() == 0) {
      errors.reject("person", "no user " + filter.person());
    }
    errors.throwIfAny();
  }

  private static StepRow row(ApprovalStep step, Map<String, Object> values, ChainCheck chain) {
    return new StepRow(step.getBusinessKey(), step.getProcessInstanceId(), step.getProcessDefinitionKey(),
        step.getSeq(), step.getTaskDefinitionKey(), step.getTaskName(), step.getClaimedBy(), step.getCompletedBy(),
        step.getCreatedAt(), step.getCompletedAt(), Duration.between(step.getCreatedAt(), step.getCompletedAt())
            .toString(), values, chain.of(step.getSeq()));
  }

  private Map<String, Object> values(ApprovalStep step) {
    try {
      return json.readValue(step.getSubmittedValues(), VALUES);
    } catch (JsonProcessingException e) {
      return Map.of("submittedValues", step.getSubmittedValues());
    }
  }
}
