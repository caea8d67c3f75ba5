package org.unionflow.platform.files;

import java.time.Instant;

/** One file of a case as the list shows it; {@code href} downloads it. */
record AttachmentView(Long id, String fileName, String mediaType, String typeLabel, long size, String sha256,
    String uploadedBy, Instant uploadedAt, String step, String href) {

  static AttachmentView of(Attachment a) {
    return new AttachmentView(a.getId(), a.getFileName(), a.getMediaType(), FileType.labelOf(a.getMediaType()),
        a.getSize(), a.getSha256(), a.getUploadedBy(), a.getUploadedAt(), a.getStepName(), "/api/attachments/" + a.getId());
  }
}
