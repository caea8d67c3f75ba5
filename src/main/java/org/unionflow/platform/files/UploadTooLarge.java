package org.unionflow.platform.files;

import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A body above the servlet's multipart limit is refused before any controller is chosen, so this advice cannot
 * be limited to the attachment controller; it answers at the file field like every other refusal of a file.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class UploadTooLarge {

  private final AttachmentSettings settings;

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    long megabytes = settings.maxSize().toMegabytes();
    String message = "文件过大，最大 " + megabytes + " MB / The file is too large: at most " + megabytes + " MB";
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Invalid input: " + CaseAttachments.FILE + ": " + message);
    problem.setProperty("fieldErrors", List.of(Map.of("field", CaseAttachments.FILE, "message", message)));
    return problem;
  }
}
