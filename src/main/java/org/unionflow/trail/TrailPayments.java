package org.unionflow.trail;

import java.util.List;
import org.springframework.data.repository.Repository;
import org.unionflow.fund.LedgerEntry;

/** The fund ledger's bookings of a case, read-only: the trail shows them as "payment booked" steps. */
interface TrailPayments extends Repository<LedgerEntry, Long> {

  List<LedgerEntry> findByProcessInstanceIdOrderByBookedAtAscIdAsc(String processInstanceId);
}
