package org.unionflow.motions;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;
import org.unionflow.platform.UnionRow;

/** One session of the staff congress, e.g. "3rd congress, 2nd session / 三届二次". */
@Entity
@Table(name = "uf_congress_session")
@Getter
public class CongressSession extends UnionRow {

  private String name;
  private LocalDate opensOn;
  private LocalDate closesOn;

  protected CongressSession() {
  }

  CongressSession(String unionId, String name, LocalDate opensOn, LocalDate closesOn) {
    super(unionId);
    this.name = name;
    this.opensOn = opensOn;
    this.closesOn = closesOn;
  }
}
