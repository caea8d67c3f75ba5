package org.unionflow.platform.unions;

/** One union of the tree; {@code parentId} is null at the top. */
public record Union(String id, String name, String parentId, UnionKind kind) {

  /** The Chinese part of a bilingual name ({@code English / 中文}), for titles where space is short. */
  public static String localName(String name) {
    int slash = name.lastIndexOf(" / ");
    return slash < 0 ? name : name.substring(slash + 3);
  }

  public boolean isBase() {
    return kind == UnionKind.BASE;
  }
}
