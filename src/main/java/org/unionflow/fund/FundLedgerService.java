package org.unionflow.fund;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionflow.platform.Money;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.forms.FormValidator;
import org.unionflow.platform.keys.KeyCounters;

/** Books payments into the fund ledger against budget lines and tells what a line has left. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FundLedgerService {

  private final BudgetLineRepository lines;
  private final LedgerEntryRepository entries;
  private final KeyCounters counters;
  private final Clock clock;

  /**
   * Books a payment against its category's line of the payment's year, once per case: booking the same
   * case and category again returns the first entry. Refuses a non-positive amount, an unknown line and an
   * amount beyond what the line has left, writing nothing.
   */
  @Transactional
  public LedgerEntry book(Payment payment) {
    return book(payment, false);
  }

  /**
   * Books a payment the committee explicitly decided to make beyond its budget line (超预算), so the line's
   * remaining amount does not limit it; every other rule of {@link #book(Payment)} holds.
   */
  @Transactional
  public LedgerEntry bookOverBudget(Payment payment) {
    return book(payment, true);
  }

  private LedgerEntry book(Payment payment, boolean overBudgetDecided) {
    BigDecimal amount = payment.amount() == null ? null : Money.parse(payment.amount());
    if (amount == null || amount.signum() <= 0) {
      throw FieldErrors.single("amount", "must be a positive amount of yuan with at most two decimal places");
    }
    if (payment.businessKey() != null) {
      var booked = entries.findByBusinessKeyAndCategoryAndDirection(payment.businessKey(), payment.category(),
          Direction.EXPENSE);
      if (booked.isPresent()) {
        return booked.get();
      }
    }
    int year = payment.date().getYear();
    BudgetLine line = lines.lockLine(payment.unionId(), year, payment.category())
        .orElseThrow(() -> FieldErrors.single("budgetLine",
            "there is no " + payment.category() + " budget line for " + year));
    BigDecimal left = remaining(line);
    if (!overBudgetDecided && amount.compareTo(left) > 0) {
      throw FieldErrors.single("amount", "the " + line.getName() + " budget line of " + year + " has "
          + left.toPlainString() + " yuan left, " + amount.toPlainString() + " cannot be paid from it");
    }
    String voucherNo = String.format("PZ-%d-%04d", year, counters.next("PZ/" + payment.unionId(), year));
    // a counter reset or an imported ledger must not hand out a number twice: refuse instead of a bare 500
    if (entries.existsByUnionIdAndVoucherNo(payment.unionId(), voucherNo)) {
      throw FieldErrors.single("voucherNo", voucherNo + " is already in the ledger of this union");
    }
    return entries.save(new LedgerEntry(line, new Payment(payment.unionId(), payment.category(), payment.date(),
        amount, payment.description(), payment.businessKey(), payment.processInstanceId(), payment.bookedBy(),
        payment.beneficiary()),
        voucherNo, Instant.now(clock)));
  }

  /** The union's budget line of that id, if there is one. */
  public Optional<BudgetLine> line(String unionId, long lineId) {
    return lines.findById(lineId).filter(line -> line.getUnionId().equals(unionId));
  }

  public BigDecimal remaining(String unionId, int year, BudgetCategory category) {
    return lines.findByUnionIdAndYearAndCategory(unionId, year, category).map(this::remaining).orElse(Money.ZERO);
  }

  public List<BudgetLineStatus> lines(String unionId, int year) {
    Map<Long, BigDecimal> spent = entries.spentByLine(unionId, year).stream()
        .collect(Collectors.toMap(SpentOnLine::lineId, SpentOnLine::spent));
    return lines.findByUnionIdAndYearOrderByCategory(unionId, year).stream()
        .map(line -> new BudgetLineStatus(line, spent.getOrDefault(line.getId(), Money.ZERO)))
        .toList();
  }

  /** The ledger of a period with its totals; the period is checked, an end before the start is refused. */
  public LedgerPeriod period(String unionId, LocalDate from, LocalDate to) {
    checkPeriod(from, to, "from", "to");
    List<LedgerEntry> inPeriod = entries.findByUnionIdAndEntryDateBetweenOrderByVoucherNo(unionId, from, to);
    Map<BudgetCategory, BigDecimal[]> sums = new EnumMap<>(BudgetCategory.class);
    for (LedgerEntry entry : inPeriod) {
      BigDecimal[] sum = sums.computeIfAbsent(entry.getCategory(), c -> new BigDecimal[] {Money.ZERO, Money.ZERO});
      int side = entry.getDirection() == Direction.INCOME ? 0 : 1;
      sum[side] = sum[side].add(entry.getAmount());
    }
    List<LedgerPeriod.CategoryTotal> byCategory = sums.entrySet().stream()
        .map(e -> new LedgerPeriod.CategoryTotal(e.getKey(), e.getKey().label(), e.getValue()[0], e.getValue()[1]))
        .toList();
    BigDecimal income = byCategory.stream().map(LedgerPeriod.CategoryTotal::income).reduce(Money.ZERO, BigDecimal::add);
    BigDecimal expense = byCategory.stream().map(LedgerPeriod.CategoryTotal::expense)
        .reduce(Money.ZERO, BigDecimal::add);
    return new LedgerPeriod(from, to, income, expense, byCategory, inPeriod);
  }

  /** Budget execution of every line of the years the period touches. */
  public List<LineExecution> execution(String unionId, LocalDate from, LocalDate to) {
    checkPeriod(from, to, "from", "to");
    List<LedgerEntry> inPeriod = entries.findByUnionIdAndEntryDateBetweenOrderByVoucherNo(unionId, from, to);
    List<LineExecution> execution = new ArrayList<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      for (BudgetLine line : lines.findByUnionIdAndYearOrderByCategory(unionId, year)) {
        BigDecimal inLine = inPeriod.stream()
            .filter(e -> e.getDirection() == Direction.EXPENSE && e.getBudgetLine().getId().equals(line.getId()))
            .map(LedgerEntry::getAmount).reduce(Money.ZERO, BigDecimal::add);
        execution.add(new LineExecution(line.getId(), line.getYear(), line.getCategory(), line.getName(),
            line.getAmount(), inLine, Money.of(entries.spentOn(line)), remaining(line)));
      }
    }
    return execution;
  }

  /** Refuses a period without both ends or whose end precedes its start, naming the end field. */
  public static void checkPeriod(LocalDate from, LocalDate to, String fromField, String toField) {
    if (from == null) {
      throw FieldErrors.single(fromField, "is required");
    }
    if (to == null) {
      throw FieldErrors.single(toField, "is required");
    }
    if (to.isBefore(from)) {
      throw FieldErrors.single(toField, "must not precede " + fromField + " (" + from + ")");
    }
    if (from.isBefore(FormValidator.EARLIEST_DATE)) {
      throw FieldErrors.single(fromField, "日期应在 " + FormValidator.EARLIEST_DATE + " 之后 / must be after "
          + FormValidator.EARLIEST_DATE);
    }
    if (to.isAfter(FormValidator.LATEST_DATE)) {
      throw FieldErrors.single(toField, "日期应在 " + FormValidator.LATEST_DATE + " 之前 / must be before "
          + FormValidator.LATEST_DATE);
    }
  }

  public Page<LedgerEntry> ledger(String unionId, int year, Pageable pageable) {
    return entries.findByUnionAndYear(unionId, year, pageable);
  }

  @Transactional
  public BudgetLine openLine(String unionId, int year, BudgetCategory category, String name, BigDecimal amount) {
    return lines.save(new BudgetLine(unionId, year, category, name, amount));
  }

  public boolean hasBudget(String unionId) {
    return lines.existsByUnionId(unionId);
  }

  /** Every union that keeps a budget, in id order. */
  public List<String> unionsWithBudget() {
    return lines.unionIds();
  }

  private BigDecimal remaining(BudgetLine line) {
    return Money.of(line.getAmount().subtract(entries.spentOn(line)));
  }
}
