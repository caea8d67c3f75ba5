package org.unionflow.platform.files;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unionflow.platform.security.CurrentUser;

/**
 * A case's files: upload (multipart, field {@code file}), list, download. A download is always a download
 * ({@code Content-Disposition: attachment}), never sniffed into another type and sandboxed should a browser
 * still show it, so no uploaded file runs in the app's origin.
 */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
class AttachmentController {

  private final CaseAttachments attachments;
  private final CurrentUser currentUser;

  @PostMapping(path = "/cases/{processInstanceId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<AttachmentView> upload(@PathVariable String processInstanceId,
      @RequestParam(name = CaseAttachments.FILE, required = false) MultipartFile file) {
    AttachmentView added = attachments.upload(currentUser.get(), processInstanceId, file);
    return ResponseEntity.created(URI.create(added.href())).body(added);
  }

  @GetMapping("/cases/{processInstanceId}/attachments")
  CaseFiles list(@PathVariable String processInstanceId) {
    return attachments.list(currentUser.get(), processInstanceId);
  }

  @GetMapping("/attachments/{id}")
  ResponseEntity<byte[]> download(@PathVariable long id) {
    CaseAttachments.Download file = attachments.download(currentUser.get(), id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .cacheControl(CacheControl.noStore().cachePrivate())
        .body(file.content());
  }
}
