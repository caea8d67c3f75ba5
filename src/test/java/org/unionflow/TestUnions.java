package org.unionflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.members.Gender;
import org.unionflow.members.MemberForm;
import org.unionflow.members.MemberService;
import org.unionflow.members.MemberStatus;

/** Gives each test a base union of its own, so tests sharing one database never see each other's cases. */
@Component
public class TestUnions {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final MemberService members;
  private final FundLedgerService fund;

  TestUnions(MemberService members, FundLedgerService fund) {
    this.members = members;
    this.fund = fund;
  }

  /** A new union with one member, staff number {@code T-1}, and a condolence line of the given amount. */
  public String withCondolenceBudget(String amount) {
    // zero-padded, so that unions listed by id come in the order the test made them
    String unionId = String.format("union-test%04d", SEQUENCE.incrementAndGet());
    members.create(unionId, new MemberForm("T-1", "测试会员", "Test group / 测试组", null, MemberStatus.ACTIVE,
        Gender.FEMALE, LocalDate.of(1985, 3, 1), LocalDate.of(2010, 9, 1), null));
    fund.openLine(unionId, UnionDay.today().getYear(), BudgetCategory.CONDOLENCE, "Condolence / 慰问",
        new BigDecimal(amount));
    return unionId;
  }
}
