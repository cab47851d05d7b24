package org.xinfang.rating;

import org.xinfang.web.Coded;

/** Where a case stands with its rating. */
public enum RatingState {
  /** No reply has gone out yet: nothing to rate. */
  NOT_YET_OPEN("尚未答复，暂不能评价"),
  OPEN("可以评价"),
  RATED("已评价"),
  /** 逾期未评价: the window ended without a rating; counted against the participation rate (参评率). */
  EXPIRED_UNRATED("逾期未评价");

  private final String label;

  RatingState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public Coded coded() {
    return new Coded(name(), label);
  }
}
