package org.unionflow.fund;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionflow.trail.CasePayments;

/** Hands the trail a case's bookings in the trail's own terms. */
@Component
@RequiredArgsConstructor
class FundCasePayments implements CasePayments {

  private final LedgerEntryRepository entries;

  @Override
  @Transactional(readOnly = true)
  public List<Booking> bookedBy(String processInstanceId) {
    return entries.findByProcessInstance(processInstanceId).stream()
        .map(e -> new Booking(e.getVoucherNo(), e.getAmount(), e.getDirection().name(), e.getCategory().name(),
            e.getBudgetLine().getName(), e.getEntryDate(), e.getDescription(), e.getBookedAt(), e.getBookedBy()))
        .toList();
  }
}
