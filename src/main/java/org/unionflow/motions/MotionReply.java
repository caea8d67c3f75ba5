package org.unionflow.motions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.unionflow.platform.UnionRow;

/** One department's reply in one round, and the administration's sign-off of it. */
@Entity
@Table(name = "uf_motion_reply")
public class MotionReply extends UnionRow {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "motion_id")
  private Motion motion;

  @Column(name = "reply_round")
  private int round;
  private String department;
  private boolean lead;
  private String content;
  @Enumerated(EnumType.STRING)
  private ReplyOutcome outcome;
  private LocalDate scheduledDate;
  private String explanation;
  private String draftedBy;
  private Instant draftedAt;

  @Enumerated(EnumType.STRING)
  private SignOff signOff;
  private String signOffComment;
  private String signedOffBy;
  private Instant signedOffAt;

  protected MotionReply() {
  }

  MotionReply(Motion motion, int round, String department, ReplyDraft draft, String draftedBy, Instant draftedAt) {
    super(motion.getUnionId());
    this.motion = motion;
    this.round = round;
    this.department = department;
    this.lead = department.equals(motion.getLeadDepartment());
    this.content = draft.content();
    this.outcome = draft.outcome();
    this.scheduledDate = draft.scheduledDate();
    this.explanation = draft.explanation();
    this.draftedBy = draftedBy;
    this.draftedAt = draftedAt;
  }

  void signOff(SignOff signOff, String comment, String by, Instant at) {
    this.signOff = signOff;
    this.signOffComment = comment;
    this.signedOffBy = by;
    this.signedOffAt = at;
  }

  public int getRound() {
    return round;
  }

  public String getDepartment() {
    return department;
  }

  public boolean isLead() {
    return lead;
  }

  public String getContent() {
    return content;
  }

  public ReplyOutcome getOutcome() {
    return outcome;
  }

  public LocalDate getScheduledDate() {
    return scheduledDate;
  }

  public String getExplanation() {
    return explanation;
  }

  public String getDraftedBy() {
    return draftedBy;
  }

  public Instant getDraftedAt() {
    return draftedAt;
  }

  public SignOff getSignOff() {
    return signOff;
  }

  public String getSignOffComment() {
    return signOffComment;
  }

  public String getSignedOffBy() {
    return signedOffBy;
  }

  public Instant getSignedOffAt() {
    return signedOffAt;
  }
}
