package org.unionflow.admin;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.BudgetLineStatus;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.motions.CongressSession;
import org.unionflow.motions.MotionService;
import org.unionflow.platform.Money;
import org.unionflow.platform.forms.FieldError;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.unions.Union;
import org.unionflow.platform.unions.UnionAdministration;
import org.unionflow.platform.unions.UnionConflictException;
import org.unionflow.platform.unions.UnionTree;

/**
 * Opens a union in one step, or finds it opened by the same request before: nothing is changed twice, and a
 * request that differs from what is there is refused at the differing field.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UnionOpening {

  private final UnionTree tree;
  private final UnionAdministration unions;
  private final FundLedgerService fund;
  private final MotionService motions;
  private final Clock clock;

  /** Whether the request opened the union or found it already open. */
  public record Opened(Union union, boolean created) {
  }

  /** Opens a base union under a county, with this year's budget lines and its first congress session. */
  @Transactional
  public Opened openBaseUnion(String id, String name, String parentId, Map<BudgetCategory, BigDecimal> budget,
      String sessionName, LocalDate opensOn, LocalDate closesOn) {
    return open(new NewUnion(id, name, parentId, null, budget,
        sessionName == null ? null : new NewUnion.FirstSession(sessionName, opensOn, closesOn)));
  }

  @Transactional
  Opened open(NewUnion request) {
    Union union = new Union(request.id(), request.name(), request.parentId(), request.kindOrBase());
    boolean created = tree.find(union.id()).isEmpty();
    checkParent(union);
    Union opened;
    try {
      opened = unions.open(union);
    } catch (UnionConflictException taken) {
      throw new UnionTakenException(conflicts(taken.existing(), union));
    }
    if (opened.isBase()) {
      openBudget(opened.id(), request.budget() == null ? Map.of() : request.budget());
      if (request.congressSession() != null) {
        openSession(opened.id(), request.congressSession());
      }
    } else if (request.budget() != null || request.congressSession() != null) {
      throw FieldErrors.single("kind", "only a base union keeps a budget and holds a congress");
    }
    return new Opened(opened, created);
  }

  private void checkParent(Union union) {
    Union parent = tree.find(union.parentId()).orElseThrow(() ->
        FieldErrors.single("parentId", "no union " + union.parentId()));
    if (parent.isBase()) {
      throw FieldErrors.single("parentId", parent.name() + " is a base union: unions stand under a county or city");
    }
  }

  private void openBudget(String unionId, Map<BudgetCategory, BigDecimal> budget) {
    int year = LocalDate.now(clock).getYear();
    Map<BudgetCategory, BudgetLineStatus> open = new EnumMap<>(BudgetCategory.class);
    fund.lines(unionId, year).forEach(line -> open.put(line.category(), line));
    List<FieldError> differing = new ArrayList<>();
    for (BudgetCategory category : BudgetCategory.values()) {
      BigDecimal amount = Money.of(budget.getOrDefault(category, BigDecimal.ZERO));
      BudgetLineStatus line = open.get(category);
      if (line == null) {
        fund.openLine(unionId, year, category, category.label(), amount);
      } else if (line.amount().compareTo(amount) != 0) {
        differing.add(new FieldError("budget." + category.name(), "the " + year + " line is open at " + line.amount()));
      }
    }
    if (!differing.isEmpty()) {
      throw new UnionTakenException(differing);
    }
  }

  private void openSession(String unionId, NewUnion.FirstSession first) {
    if (first.closesOn().isBefore(first.opensOn())) {
      throw FieldErrors.single("congressSession.closesOn", "closes before it opens");
    }
    CongressSession same = motions.sessions(unionId).stream().filter(s -> s.getName().equals(first.name()))
        .findFirst().orElse(null);
    if (same == null) {
      if (!motions.sessions(unionId).isEmpty()) {
        throw new UnionTakenException(List.of(new FieldError("congressSession.name",
            "the union's congress has sessions already")));
      }
      motions.openSession(unionId, first.name(), first.opensOn(), first.closesOn());
    } else if (!same.getOpensOn().equals(first.opensOn()) || !same.getClosesOn().equals(first.closesOn())) {
      throw new UnionTakenException(List.of(new FieldError("congressSession.opensOn",
          "open from " + same.getOpensOn() + " to " + same.getClosesOn())));
    }
  }

  private static List<FieldError> conflicts(Union existing, Union requested) {
    List<FieldError> differing = new ArrayList<>();
    if (!existing.name().equals(requested.name())) {
      differing.add(new FieldError("name", "union " + existing.id() + " is " + existing.name()));
    }
    if (!Objects.equals(existing.parentId(), requested.parentId())) {
      differing.add(new FieldError("parentId", "union " + existing.id() + " stands under " + existing.parentId()));
    }
    if (existing.kind() != requested.kind()) {
      differing.add(new FieldError("kind", "union " + existing.id() + " is a " + existing.kind().label()));
    }
    return differing;
  }
}
