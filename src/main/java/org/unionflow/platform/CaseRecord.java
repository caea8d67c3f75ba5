package org.unionflow.platform;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.Getter;

/**
 * What every case's domain record has besides its id and union: the business key people quote, the process
 * instance that works it, and a version so two completions changing the record at once cannot both win.
 */
@MappedSuperclass
public abstract class CaseRecord extends UnionRow {

  @Getter private String businessKey;
  @Getter private String processInstanceId;

  @Version
  private int version;

  protected CaseRecord() {
  }

  protected CaseRecord(String unionId, String businessKey, String processInstanceId) {
    super(unionId);
    this.businessKey = businessKey;
    this.processInstanceId = processInstanceId;
  }
}
