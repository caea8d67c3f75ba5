package org.unionflow.platform.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kinds of file a case takes, by the media type read from their content. */
enum FileType {
  PDF("application/pdf", "PDF", "pdf"),
  JPEG("image/jpeg", "JPEG 图片 / image", "jpg", "jpeg"),
  PNG("image/png", "PNG 图片 / image", "png"),
  DOC("application/msword", "Word", "doc"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word", "docx"),
  XLS("application/vnd.ms-excel", "Excel", "xls"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel", "xlsx");

  private final String mediaType;
  private final String label;
  private final List<String> extensions;

  FileType(String mediaType, String label, String... extensions) {
    this.mediaType = mediaType;
    this.label = label;
    this.extensions = List.of(extensions);
  }

  /** The label of a stored media type, or the type itself if it is no longer one of these. */
  static String labelOf(String mediaType) {
    return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).map(FileType::label)
        .findFirst().orElse(mediaType);
  }

  /**
   * The name with the extension of what the file really is: a PDF sent as {@code x.html} is kept as
   * {@code x.html.pdf}, so whoever opens the download opens it as a PDF.
   */
  String named(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(extension -> lower.endsWith("." + extension)) ? name
        : name + "." + extensions.get(0);
  }

  String mediaType() {
    return mediaType;
  }

  String label() {
    return label;
  }
}
