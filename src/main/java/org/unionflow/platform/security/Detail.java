package org.unionflow.platform.security;

/** Parts of a register shown only to some of its readers; the others see them masked or not at all. */
public enum Detail {
  /** A member's phone and birth date. */
  MEMBER_CONTACTS,
  /** An aid beneficiary's full name on the public notice (公示). */
  NOTICE_NAMES,
  /** A beneficiary's full name in the fund ledger. */
  LEDGER_NAMES
}
