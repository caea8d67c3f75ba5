package org.unionflow.platform.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import org.unionflow.platform.UnionRow;

/** What is known of one uploaded file; its bytes are an {@link AttachmentContent} of the same id. */
@Entity
@Table(name = "uf_attachment")
@Getter(AccessLevel.PACKAGE)
class Attachment extends UnionRow {

  private String processInstanceId;
  private String businessKey;
  private String fileName;
  private String mediaType;
  @Column(name = "size_bytes")
  private long size;
  private String sha256;
  private String uploadedBy;
  private Instant uploadedAt;
  private String stepName;

  protected Attachment() {
  }

  Attachment(String unionId, String processInstanceId, String businessKey, StoredFile file, String uploadedBy,
      Instant uploadedAt, String stepName) {
    super(unionId);
    this.processInstanceId = processInstanceId;
    this.businessKey = businessKey;
    this.fileName = file.name();
    this.mediaType = file.type().mediaType();
    this.size = file.content().length;
    this.sha256 = file.sha256();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
    this.stepName = stepName;
  }
}
