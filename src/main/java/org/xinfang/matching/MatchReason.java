package org.xinfang.matching;

/** Why an earlier case may concern the same petitioner and matter. */
enum MatchReason {
  SAME_ID_NUMBER("身份证号码相同"),
  SAME_PHONE("联系电话相同"),
  SAME_NAME_SIMILAR_ADDRESS("姓名相同且地址相近"),
  OVERLAPPING_REPRESENTATIVES("集体访代表与原事项信访人重合"),
  SIMILAR_MATTER("反映事项相近");

  private final String label;

  MatchReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
