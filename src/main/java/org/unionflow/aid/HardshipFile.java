package org.unionflow.aid;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import lombok.Getter;
import org.unionflow.members.Member;
import org.unionflow.platform.UnionRow;

/** A member's hardship file (困难职工档案): level, since when, and when it is due for its yearly review. */
@Entity
@Table(name = "uf_hardship_file")
public class HardshipFile extends UnionRow {

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id")
  @Getter private Member member;

  @Enumerated(EnumType.STRING)
  @Getter private HardshipLevel hardshipLevel;

  @Getter private LocalDate since;
  @Getter private LocalDate nextReviewOn;
  @Getter private boolean closed;

  @Version
  private int version;

  protected HardshipFile() {
  }

  HardshipFile(Member member, HardshipLevel level, LocalDate since, LocalDate nextReviewOn) {
    super(member.getUnionId());
    this.member = member;
    this.hardshipLevel = level;
    this.since = since;
    this.nextReviewOn = nextReviewOn;
  }

  void reopen(HardshipLevel level, LocalDate today, LocalDate reviewOn) {
    if (closed) {
      this.since = today;
      this.closed = false;
    }
    this.hardshipLevel = level;
    this.nextReviewOn = reviewOn;
  }

  void changeLevel(HardshipLevel level, LocalDate reviewOn) {
    this.hardshipLevel = level;
    this.nextReviewOn = reviewOn;
  }

  void keep(LocalDate reviewOn) {
    this.nextReviewOn = reviewOn;
  }

  void close() {
    this.closed = true;
    this.nextReviewOn = null;
  }
}
