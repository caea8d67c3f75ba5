package org.unionflow.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/** What every row of the domain has: its own id and the union it belongs to, which every query filters by. */
@MappedSuperclass
@Getter
public abstract class UnionRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String unionId;

  protected UnionRow() {
  }

  protected UnionRow(String unionId) {
    this.unionId = unionId;
  }
}
