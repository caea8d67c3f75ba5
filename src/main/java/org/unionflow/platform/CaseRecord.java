package org.unionflow.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every case's domain record has: its union, the business key people quote, the process instance that
 * works it, and a version so two completions changing the record at once cannot both win.
 */
@MappedSuperclass
public abstract class CaseRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String unionId;
  private String businessKey;
  private String processInstanceId;

  @Version
  private int version;

  protected CaseRecord() {
  }

  protected CaseRecord(String unionId, String businessKey, String processInstanceId) {
    this.unionId = unionId;
    this.businessKey = businessKey;
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public String getUnionId() {
    return unionId;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
