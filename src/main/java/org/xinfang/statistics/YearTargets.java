package org.xinfang.statistics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.xinfang.statistics.AnnualTarget.Comparison;

/** A year's targets as the API shows them. */
@Schema(description = "年度绩效目标")
record YearTargets(int year, List<TargetView> targets) {

  @Schema(description = "一项指标的目标")
  record TargetView(String indicator, String label, Comparison comparison,
      @Schema(description = "比率、同比为百分数，计数为件数、批次或人次") BigDecimal value,
      @Schema(description = "目标，如≥100%") String text) {}

  static YearTargets of(int year, List<AnnualTarget> targets) {
    return new YearTargets(year, targets.stream()
        .map(target -> new TargetView(target.indicator().name(), target.indicator().label(), target.comparison(),
            target.target(), target.text()))
        .toList());
  }
}
