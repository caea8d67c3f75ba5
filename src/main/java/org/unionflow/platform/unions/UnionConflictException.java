package org.unionflow.platform.unions;

/** A union id already taken by a union that differs from the one asked for. */
public class UnionConflictException extends RuntimeException {

  private final Union existing;

  UnionConflictException(Union existing, Union requested) {
    super("Union " + existing.id() + " exists as " + existing + ", not " + requested);
    this.existing = existing;
  }

  public Union existing() {
    return existing;
  }
}
