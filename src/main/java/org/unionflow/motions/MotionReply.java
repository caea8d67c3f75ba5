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
import lombok.Getter;
import org.unionflow.platform.UnionRow;

/** One department's reply in one round, and the administration's sign-off of it. */
@Entity
@Table(name = "uf_motion_reply")
public class MotionReply extends UnionRow {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "motion_id")
  private Motion motion;

  @Column(name = "reply_round")
  @Getter private int round;
  @Getter private String department;
  @Getter private boolean lead;
  @Getter private String content;
  @Enumerated(EnumType.STRING)
  @Getter private ReplyOutcome outcome;
  @Getter private LocalDate scheduledDate;
  @Getter private String explanation;
  @Getter private String draftedBy;
  @Getter private Instant draftedAt;

  @Enumerated(EnumType.STRING)
  @Getter private SignOff signOff;
  @Getter private String signOffComment;
  @Getter private String signedOffBy;
  @Getter private Instant signedOffAt;

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
}
