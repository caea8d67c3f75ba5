package org.unionflow.aid;

import org.unionflow.platform.Labelled;

/** How an objection to a public notice reached the union. */
public enum ObjectionChannel implements Labelled {
  ONLINE("On the notice board, by the objector / 本人网上提出"),
  IN_PERSON("In person / 当面提出"),
  PHONE("By phone / 电话"),
  LETTER("In writing / 书面");

  private final String label;

  ObjectionChannel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
