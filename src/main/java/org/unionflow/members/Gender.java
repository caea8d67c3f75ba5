package org.unionflow.members;

public enum Gender {
  FEMALE,
  MALE
}
