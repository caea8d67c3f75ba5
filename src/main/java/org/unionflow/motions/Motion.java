package org.unionflow.motions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import org.unionflow.platform.CaseRecord;

/** One entry of the motion register (提案登记), filled in as the motion is worked. */
@Entity
@Table(name = "uf_motion")
public class Motion extends CaseRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  @Getter private CongressSession session;

  @Getter private String title;
  @Enumerated(EnumType.STRING)
  @Getter private MotionCategory category;
  @Getter private String reasons;
  @Getter private String measures;
  @Getter private String proposer;
  private String coSigners;
  // each co-signer's answer to the confirmation of the current co-signers, by user id
  private String confirmedCoSigners;
  private String declinedCoSigners;
  private String coProposers;
  @Getter private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  @Getter private MotionStatus status;
  @Getter private String signatureProblem;

  @Enumerated(EnumType.STRING)
  @Getter private ReviewDecision decision;
  @Getter private String decisionReason;
  @Getter private String decidedBy;
  private String departments;
  @Getter private String leadDepartment;
  @Getter private LocalDate deadline;
  @Getter private String mergedInto;

  @Getter private Instant remindedAt;
  @Getter private String supervisedBy;
  @Getter private String supervisionNote;
  @Getter private Instant answeredAt;

  @Enumerated(EnumType.STRING)
  @Getter private Feedback feedback;
  @Getter private String feedbackComment;
  @Getter private Instant feedbackAt;
  @Getter private int unsatisfiedRounds;

  @Enumerated(EnumType.STRING)
  @Getter private FinalDecision finalDecision;
  @Getter private String finalReason;
  @Getter private LocalDate publishedOn;


  protected Motion() {
  }

  Motion(String unionId, String businessKey, String processInstanceId, CongressSession session, MotionContent content,
      String proposer, Instant submittedAt) {
    super(unionId, businessKey, processInstanceId);
    this.session = session;
    this.proposer = proposer;
    this.submittedAt = submittedAt;
    this.status = MotionStatus.SUBMITTED;
    amend(content);
  }

  void amend(MotionContent content) {
    this.title = content.title();
    this.category = content.category();
    this.reasons = content.reasons();
    this.measures = content.measures();
    this.coSigners = String.join(",", content.coSigners());
    // other co-signers, or the same asked again: their earlier answers no longer stand
    this.confirmedCoSigners = null;
    this.declinedCoSigners = null;
  }

  /** Records a co-signer's answer; a second answer of the same person replaces the first. */
  void coSigning(String coSigner, CoSigning answer) {
    List<String> confirmed = new ArrayList<>(getConfirmedCoSigners());
    List<String> declined = new ArrayList<>(getDeclinedCoSigners());
    confirmed.remove(coSigner);
    declined.remove(coSigner);
    (answer == CoSigning.CONFIRM ? confirmed : declined).add(coSigner);
    this.confirmedCoSigners = confirmed.isEmpty() ? null : String.join(",", confirmed);
    this.declinedCoSigners = declined.isEmpty() ? null : String.join(",", declined);
  }

  void signatures(String problem) {
    this.signatureProblem = problem;
    this.status = problem == null ? MotionStatus.SUBMITTED : MotionStatus.AMENDING;
  }

  void review(ReviewDecision decision, String reason, String decidedBy) {
    this.decision = decision;
    this.decisionReason = reason;
    this.decidedBy = decidedBy;
    this.status = switch (decision) {
      case ACCEPT -> MotionStatus.ACCEPTED;
      case CONVERT -> MotionStatus.CONVERTED;
      case MERGE -> MotionStatus.MERGED;
      case REJECT -> MotionStatus.REJECTED;
    };
  }

  void assign(List<String> departments, LocalDate deadline) {
    this.departments = String.join(",", departments);
    this.leadDepartment = departments.get(0);
    this.deadline = deadline;
  }

  void mergeInto(String businessKey) {
    this.mergedInto = businessKey;
  }

  void addCoProposer(String userId) {
    List<String> all = new ArrayList<>(getCoProposers());
    if (!all.contains(userId)) {
      all.add(userId);
    }
    this.coProposers = String.join(",", all);
  }

  void reminded(Instant at) {
    this.remindedAt = at;
  }

  void supervised(String chair, String note) {
    this.supervisedBy = chair;
    this.supervisionNote = note;
  }

  /** The first complete answer counts for timeliness; later rounds do not move it. */
  void answered(Instant at) {
    if (answeredAt == null) {
      answeredAt = at;
    }
    this.status = MotionStatus.ANSWERED;
  }

  void newRound(LocalDate deadline) {
    this.deadline = deadline;
    this.status = MotionStatus.ACCEPTED;
  }

  void feedback(Feedback feedback, String comment, Instant at) {
    this.feedback = feedback;
    this.feedbackComment = comment;
    this.feedbackAt = at;
    if (feedback == Feedback.UNSATISFIED) {
      unsatisfiedRounds++;
    }
  }

  void finalDecision(FinalDecision decision, String reason) {
    this.finalDecision = decision;
    this.finalReason = reason;
  }

  void published(LocalDate on) {
    this.publishedOn = on;
    this.status = MotionStatus.PUBLISHED;
  }

  boolean accepted() {
    return decision == ReviewDecision.ACCEPT;
  }

  /** Answered by the end of the deadline day in the union's time zone. */
  boolean answeredOnTime(ZoneId zone) {
    return answeredAt != null && deadline != null && !answeredAt.atZone(zone).toLocalDate().isAfter(deadline);
  }

  /** Accepted and either answered late or still unanswered after the deadline day. */
  boolean overdue(LocalDate today, ZoneId zone) {
    return accepted() && deadline != null && (answeredAt == null ? today.isAfter(deadline) : !answeredOnTime(zone));
  }

  public List<String> getCoSigners() {
    return split(coSigners);
  }

  public List<String> getConfirmedCoSigners() {
    return split(confirmedCoSigners);
  }

  public List<String> getDeclinedCoSigners() {
    return split(declinedCoSigners);
  }

  public List<String> getCoProposers() {
    return split(coProposers);
  }

  public List<String> getDepartments() {
    return split(departments);
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
  }
}
