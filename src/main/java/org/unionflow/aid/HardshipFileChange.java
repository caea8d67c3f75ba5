package org.unionflow.aid;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;
import org.unionflow.platform.UnionRow;

/** One line of a hardship file's history: what changed, when, by whom, and the case that caused it. */
@Entity
@Table(name = "uf_hardship_file_change")
public class HardshipFileChange extends UnionRow {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "hardship_file_id")
  private HardshipFile hardshipFile;

  @Getter private LocalDate changedOn;
  @Getter private String whatChanged;
  @Getter private String changedBy;
  @Getter private String businessKey;

  protected HardshipFileChange() {
  }

  HardshipFileChange(HardshipFile file, LocalDate changedOn, String whatChanged, String changedBy,
      String businessKey) {
    super(file.getUnionId());
    this.hardshipFile = file;
    this.changedOn = changedOn;
    this.whatChanged = whatChanged;
    this.changedBy = changedBy;
    this.businessKey = businessKey;
  }
}
