package org.unionflow.platform.files;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;

/** The bytes of an attachment, in a table of their own so that listing a case's files never reads them. */
@Entity
@Table(name = "uf_attachment_content")
class AttachmentContent {

  @Id
  private Long attachmentId;

  @Getter(AccessLevel.PACKAGE) private byte[] content;

  protected AttachmentContent() {
  }

  AttachmentContent(Long attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content;
  }
}
