package org.unionflow.members;

public enum MemberStatus {
  ACTIVE,
  RETIRED
}
