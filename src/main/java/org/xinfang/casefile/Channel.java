package org.xinfang.casefile;

/** How a petition reached the bureau (Art. 17, 21). */
public enum Channel {
  LETTER("来信"),
  VISIT("来访"),
  ONLINE("网上信访"),
  PHONE("电话"),
  FAX("传真"),
  HIGHER_LEVEL("上级转送交办");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
