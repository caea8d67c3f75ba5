package org.unionflow.platform.files;

import java.util.Locale;

/** A file size as people read it: 820 B, 35.2 KB, 1.4 MB. */
final class Sizes {

  private Sizes() {
  }

  static String of(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
