package org.unionflow.platform.files;

import java.time.Instant;
import java.util.Map;

/**
 * One file of a case as the list shows it, its uploader by name ({@code uploadedBy} the user id); {@code href}
 * downloads it.
 */
record AttachmentView(Long id, String fileName, String mediaType, String typeLabel, long size, String sha256,
    String uploadedBy, String uploaderName, Instant uploadedAt, String step, String href) {

  /** The file as listed, with the names of its uploaders by user id (an id without a name shows as it is). */
  static AttachmentView of(Attachment a, Map<String, String> names) {
    return new AttachmentView(a.getId(), a.getFileName(), a.getMediaType(), FileType.labelOf(a.getMediaType()),
        a.getSize(), a.getSha256(), a.getUploadedBy(), names.getOrDefault(a.getUploadedBy(), a.getUploadedBy()),
        a.getUploadedAt(), a.getStepName(), "/api/attachments/" + a.getId());
  }
}
