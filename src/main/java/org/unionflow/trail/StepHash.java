package org.unionflow.trail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a step's canonical content (which includes the previous step's hash). */
final class StepHash {

  private StepHash() {
  }

  static String of(ApprovalStep step) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(step.canonicalContent().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
