package org.unionflow.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.unionflow.platform.FieldErrorsAssert.refusedFields;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionflow.TestUnions;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;

/** Booking into the fund ledger: once per case, never beyond the line, never a bad amount. */
@UnionFlowTest
class FundLedgerServiceTests {

  private static final LocalDate TODAY = UnionDay.today();

  @Autowired FundLedgerService fund;
  @Autowired TestUnions unions;
  @Autowired JdbcTemplate jdbc;

  private String unionId;

  @BeforeEach
  void setUp() {
    unionId = unions.withCondolenceBudget("1000.00");
  }

  @Test
  void bookingReducesWhatTheLineHasLeftAndNumbersVouchersInOrder() {
    LedgerEntry first = fund.book(payment("300.00", "VIS-T-1"));
    LedgerEntry second = fund.book(payment("200.50", "VIS-T-2"));

    assertThat(first.getVoucherNo()).isEqualTo("PZ-%d-0001".formatted(TODAY.getYear()));
    assertThat(second.getVoucherNo()).isEqualTo("PZ-%d-0002".formatted(TODAY.getYear()));
    assertThat(fund.remaining(unionId, TODAY.getYear(), BudgetCategory.CONDOLENCE)).isEqualByComparingTo("499.50");
    assertThat(fund.lines(unionId, TODAY.getYear())).singleElement().satisfies(line -> {
      assertThat(line.spent()).isEqualByComparingTo("500.50");
      assertThat(line.remaining()).isEqualByComparingTo("499.50");
    });
  }

  @Test
  void eachLineShowsWhatWasSpentFromItAlone() {
    fund.openLine(unionId, TODAY.getYear(), BudgetCategory.CULTURE_SPORTS, "Culture", new BigDecimal("800.00"));
    fund.book(payment("120.00", "VIS-T-8"));

    assertThat(fund.lines(unionId, TODAY.getYear()))
        .extracting(BudgetLineStatus::category, BudgetLineStatus::spent, BudgetLineStatus::remaining)
        .containsExactlyInAnyOrder(tuple(BudgetCategory.CONDOLENCE, new BigDecimal("120.00"), new BigDecimal("880.00")),
            tuple(BudgetCategory.CULTURE_SPORTS, new BigDecimal("0.00"), new BigDecimal("800.00")));
  }

  @Test
  void aVoucherNumberAlreadyInTheLedgerIsRefusedAndNothingIsWritten() {
    fund.book(payment("100.00", "VIS-T-6"));
    // as after a counter reset or an imported ledger: the next number handed out is taken
    jdbc.update("update uf_key_counter set last_value = 0 where counter_name = ? and counter_year = ?",
        "PZ/" + unionId, TODAY.getYear());

    Throwable refused = catchThrowable(() -> fund.book(payment("50.00", "VIS-T-7")));

    assertThat(refusedFields(refused)).containsExactly("voucherNo");
    assertThat(fund.ledger(unionId, TODAY.getYear(), Pageable.unpaged()).getTotalElements()).isEqualTo(1);
  }

  @Test
  void theSameCaseIsBookedOnce() {
    LedgerEntry booked = fund.book(payment("300.00", "VIS-T-3"));
    LedgerEntry again = fund.book(payment("300.00", "VIS-T-3"));

    assertThat(again.getId()).isEqualTo(booked.getId());
    assertThat(fund.ledger(unionId, TODAY.getYear(), Pageable.unpaged()).getTotalElements()).isEqualTo(1);
  }

  @Test
  void refusesAnAmountBeyondTheLineAndWritesNothing() {
    fund.book(payment("999.99", "VIS-T-4"));

    Throwable refused = catchThrowable(() -> fund.book(payment("0.02", "VIS-T-5")));

    assertThat(refusedFields(refused)).containsExactly("amount");
    assertThat(refused).hasMessageContaining("has 0.01 yuan left");
    assertThat(fund.ledger(unionId, TODAY.getYear(), Pageable.unpaged()).getTotalElements()).isEqualTo(1);
  }

  @Test
  void refusesNegativeZeroAndSubCentAmounts() {
    for (String amount : new String[] {"-5.00", "0.00", "10.005"}) {
      assertThat(refusedFields(catchThrowable(() -> fund.book(payment(amount, null))))).as(amount)
          .containsExactly("amount");
    }
    assertThat(fund.remaining(unionId, TODAY.getYear(), BudgetCategory.CONDOLENCE)).isEqualByComparingTo("1000.00");
  }

  @Test
  void refusesAnUnknownLine() {
    Payment aid = new Payment(unionId, BudgetCategory.HARDSHIP_AID, TODAY, new BigDecimal("10.00"), "Aid", null,
        null, "tester");
    Payment lastYear = new Payment(unionId, BudgetCategory.CONDOLENCE, TODAY.minusYears(1), new BigDecimal("10.00"),
        "Old", null, null, "tester");

    assertThat(refusedFields(catchThrowable(() -> fund.book(aid)))).containsExactly("budgetLine");
    assertThat(refusedFields(catchThrowable(() -> fund.book(lastYear)))).containsExactly("budgetLine");
  }

  private Payment payment(String amount, String businessKey) {
    return new Payment(unionId, BudgetCategory.CONDOLENCE, TODAY, new BigDecimal(amount), "Condolence", businessKey,
        null, "tester");
  }
}
