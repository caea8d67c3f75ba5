package org.unionflow.platform.unions;

/** One union of the tree; {@code parentId} is null at the top. */
public record Union(String id, String name, String parentId, UnionKind kind) {

  public boolean isBase() {
    return kind == UnionKind.BASE;
  }
}
