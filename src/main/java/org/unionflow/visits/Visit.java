package org.unionflow.visits;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.unionflow.members.Member;
import org.unionflow.platform.CaseRecord;

/** One line of the visit ledger (走访台账), filled in as the case moves on. */
@Entity
@Table(name = "uf_visit")
@Getter
public class Visit extends CaseRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id")
  private Member member;

  @Enumerated(EnumType.STRING)
  private EventType eventType;

  private LocalDate eventDate;
  private String details;
  private String reportedBy;
  private Instant reportedAt;

  private LocalDate deadline;
  private String leadGroup;
  private String mustAttend;
  private BigDecimal standardAmount;
  private String gift;

  private LocalDate plannedDate;
  private String plannedVisitors;

  private LocalDate visitDate;
  private String visitors;
  private String situation;
  private BigDecimal moneyHandedOver;
  private Boolean hardshipFound;
  private Long ledgerEntryId;

  private String supervisedBy;
  private String supervisionNote;

  @Enumerated(EnumType.STRING)
  private VisitStatus status;


  protected Visit() {
  }

  Visit(String unionId, String businessKey, String processInstanceId, Member member, EventType eventType,
      LocalDate eventDate, String details, String reportedBy, Instant reportedAt) {
    super(unionId, businessKey, processInstanceId);
    this.member = member;
    this.eventType = eventType;
    this.eventDate = eventDate;
    this.details = details;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
    this.status = VisitStatus.REPORTED;
  }

  void applyStandard(VisitStandard standard) {
    this.deadline = eventDate.plusDays(standard.deadlineDays());
    this.leadGroup = standard.leadGroup();
    this.mustAttend = standard.mustAttend();
    this.standardAmount = standard.amount();
    this.gift = standard.gift();
  }

  void plan(LocalDate plannedDate, String plannedVisitors) {
    this.plannedDate = plannedDate;
    this.plannedVisitors = plannedVisitors;
    this.status = VisitStatus.PLANNED;
  }

  void record(LocalDate visitDate, String visitors, String situation, BigDecimal moneyHandedOver,
      boolean hardshipFound) {
    this.visitDate = visitDate;
    this.visitors = visitors;
    this.situation = situation;
    this.moneyHandedOver = moneyHandedOver;
    this.hardshipFound = hardshipFound;
    this.status = VisitStatus.VISITED;
  }

  void paid(Long ledgerEntryId) {
    this.ledgerEntryId = ledgerEntryId;
    this.status = VisitStatus.PAID;
  }

  void supervised(String chair, String note) {
    this.supervisedBy = chair;
    this.supervisionNote = note;
  }

  void closeLedgerLine() {
    this.status = VisitStatus.RECORDED;
  }

  boolean paymentDue() {
    return moneyHandedOver != null && moneyHandedOver.signum() > 0;
  }
}
