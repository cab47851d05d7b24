package org.xinfang.statistics;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Which number's cases to list, and which page of them. */
record CasesRequest(
    @Schema(description = "指标代码，见统计结果中各指标的indicator") @NotNull(message = "请指定指标") Indicator indicator,
    @Schema(description = "比率的分子（numerator）或分母（denominator）；计数只有denominator", defaultValue = "denominator")
    String part,
    @Schema(description = "页码，从0开始，最大" + CasesRequest.MAX_PAGE, defaultValue = "0")
    @Min(value = 0, message = "不能小于0") @Max(value = CasesRequest.MAX_PAGE, message = "不能超过" + CasesRequest.MAX_PAGE)
    Integer page,
    @Schema(description = "每页条数，最多" + CasesRequest.MAX_SIZE, defaultValue = "20")
    @Min(value = 1, message = "不能小于1") @Max(value = CasesRequest.MAX_SIZE, message = "不能超过" + CasesRequest.MAX_SIZE)
    Integer size) {

  static final int MAX_SIZE = 100;
  static final int MAX_PAGE = 100_000;

  CasesRequest {
    page = page == null ? 0 : page;
    size = size == null ? 20 : size;
  }
}
