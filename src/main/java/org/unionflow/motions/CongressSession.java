package org.unionflow.motions;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One session of the staff congress, e.g. "3rd congress, 2nd session / 三届二次". */
@Entity
@Table(name = "uf_congress_session")
public class CongressSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String unionId;
  private String name;
  private LocalDate opensOn;
  private LocalDate closesOn;

  protected CongressSession() {
  }

  CongressSession(String unionId, String name, LocalDate opensOn, LocalDate closesOn) {
    this.unionId = unionId;
    this.name = name;
    this.opensOn = opensOn;
    this.closesOn = closesOn;
  }

  public Long getId() {
    return id;
  }

  public String getUnionId() {
    return unionId;
  }

  public String getName() {
    return name;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }
}
