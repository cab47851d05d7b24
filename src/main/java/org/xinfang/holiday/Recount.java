package org.xinfang.holiday;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A recount of the running limits after a year's schedule changed, and how far it has come. */
@Schema(name = "LimitRecount", description = "节假日安排变更后对运行中期限的重新计算及其进度")
record Recount(
    @Schema(description = "编号") long id,
    @Schema(example = "2027") int year,
    @Schema(description = "变更原因", example = "2027年节假日安排录入（国务院办公厅关于2027年部分节假日安排的通知）") String reason,
    @Schema(description = "发起变更的用户") String startedBy,
    Instant startedAt,
    @Schema(description = "计算涉及该年度的运行中期限数") int total,
    @Schema(description = "已重新计算的期限数") int processed,
    @Schema(description = "到期日因此调整的期限数") int moved,
    @Schema(description = "其中原已届满、重新计算后尚未届满而撤销超期的期限数") int reopened,
    @Schema(description = "是否在后台分批计算") boolean background,
    @Schema(description = "计算完毕的时间；未完毕为空") Instant finishedAt) {

  @JsonProperty
  @Schema(description = "是否已计算完毕")
  public boolean done() {
    return finishedAt != null;
  }
}
