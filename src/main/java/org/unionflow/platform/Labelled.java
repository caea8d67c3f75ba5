package org.unionflow.platform;

/** A code people read as its label (a status, a category), on pages and in every download. */
public interface Labelled {

  String label();
}
