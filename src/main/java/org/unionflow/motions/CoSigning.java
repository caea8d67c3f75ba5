package org.unionflow.motions;

/** A co-signer's answer to the confirmation task (确认附议). */
public enum CoSigning {
  CONFIRM,
  DECLINE
}
