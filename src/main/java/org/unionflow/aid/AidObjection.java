package org.unionflow.aid;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.unionflow.members.Member;
import org.unionflow.platform.UnionRow;

/**
 * An objection lodged against a case while its public notice (公示) ran: by the objector on the notice board, or
 * recorded by an officer for a member who objected in person, by phone or in writing ({@code lodgedBy} is then
 * the officer, the objector is named apart).
 */
@Entity
@Table(name = "uf_aid_objection")
public class AidObjection extends UnionRow {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "aid_case_id")
  private AidCase aidCase;

  @Getter private String reason;
  @Getter private String lodgedBy;
  @Getter private Instant lodgedAt;
  @Getter private String objectorStaffNo;
  @Getter private String objectorName;

  @Enumerated(EnumType.STRING)
  @Getter private ObjectionChannel channel;

  protected AidObjection() {
  }

  AidObjection(AidCase aidCase, String reason, String lodgedBy, Instant lodgedAt) {
    super(aidCase.getUnionId());
    this.aidCase = aidCase;
    this.reason = reason;
    this.lodgedBy = lodgedBy;
    this.lodgedAt = lodgedAt;
    this.channel = ObjectionChannel.ONLINE;
  }

  /** Recorded by an officer for the member who objected. */
  AidObjection(AidCase aidCase, String reason, Member objector, ObjectionChannel channel, String recordedBy,
      Instant lodgedAt) {
    this(aidCase, reason, recordedBy, lodgedAt);
    this.objectorStaffNo = objector.getStaffNo();
    this.objectorName = objector.getName();
    this.channel = channel;
  }

  boolean onBehalf() {
    return channel != ObjectionChannel.ONLINE;
  }

  /** What the committee reads on its review form: the reason and, when recorded for someone, by whom for whom. */
  String summary() {
    return !onBehalf() ? reason : reason + "（" + objectorName + "，" + channel.label() + "，由 " + lodgedBy
        + " 代为登记 / recorded by " + lodgedBy + "）";
  }
}
