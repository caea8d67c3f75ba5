package org.unionflow.motions;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import org.unionflow.platform.UnionRow;

/** A person elected as representative for one congress session, by login and optionally member record. */
@Entity
@Table(name = "uf_congress_representative")
public class Representative extends UnionRow {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private CongressSession session;

  @Getter private String userId;
  @Getter private String name;
  @Getter private String memberStaffNo;

  protected Representative() {
  }

  Representative(CongressSession session, String userId, String name, String memberStaffNo) {
    super(session.getUnionId());
    this.session = session;
    this.userId = userId;
    this.name = name;
    this.memberStaffNo = memberStaffNo;
  }
}
