package org.xinfang.rating;

import org.xinfang.web.Coded;

/** How a rating reached the bureau: given by the petitioner on the lookup page, or recorded by a handler. */
public enum RatingChannel {
  LOOKUP_PAGE("网上查询评价"),
  PHONE("电话回访"),
  VISIT("当面评价"),
  /** Brought with a case from the bureau's earlier records. */
  IMPORTED("历史数据导入");

  private final String label;

  RatingChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public Coded coded() {
    return new Coded(name(), label);
  }
}
