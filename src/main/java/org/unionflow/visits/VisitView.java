package org.unionflow.visits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A line of the visit ledger as the REST API shows it. */
record VisitView(String businessKey, String processInstanceId, String memberStaffNo, String memberName,
    EventType eventType, LocalDate eventDate, String details, String reportedBy, Instant reportedAt,
    LocalDate deadline, String leadGroup, String mustAttend, BigDecimal standardAmount, String gift,
    LocalDate plannedDate, String plannedVisitors, LocalDate visitDate, String visitors, String situation,
    BigDecimal moneyHandedOver, Boolean hardshipFound, Long ledgerEntryId, String supervisedBy,
    String supervisionNote, VisitStatus status, ReferralView referral) {

  static VisitView of(Visit v) {
    return of(v, null);
  }

  static VisitView of(Visit v, HardshipReferral referral) {
    return new VisitView(v.getBusinessKey(), v.getProcessInstanceId(), v.getMember().getStaffNo(),
        v.getMember().getName(), v.getEventType(), v.getEventDate(), v.getDetails(), v.getReportedBy(),
        v.getReportedAt(), v.getDeadline(), v.getLeadGroup(), v.getMustAttend(), v.getStandardAmount(), v.getGift(),
        v.getPlannedDate(), v.getPlannedVisitors(), v.getVisitDate(), v.getVisitors(), v.getSituation(),
        v.getMoneyHandedOver(), v.getHardshipFound(), v.getLedgerEntryId(), v.getSupervisedBy(),
        v.getSupervisionNote(), v.getStatus(), referral == null ? null : ReferralView.of(referral));
  }
}
