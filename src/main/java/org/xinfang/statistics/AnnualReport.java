package org.xinfang.statistics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.xinfang.statistics.StatisticsReport.Breakdown;
import org.xinfang.statistics.StatisticsReport.SettingsView;

/**
 * The annual self-evaluation (《信访工作条例》第四十一条) of a year, as the PDF and the workbook show
 * it: the office's targets beside the actual figures, the counts and the rates against the year
 * before, the items by channel and the units' figures.
 */
@Schema(description = "年度信访工作绩效自评")
public record AnnualReport(
    int year,
    @Schema(description = "统计时点") Instant asOf,
    @Schema(description = "绩效目标完成情况") List<TargetLine> targets,
    @Schema(description = "主要数据及同比") List<CountLine> counts,
    @Schema(description = "各项比率（含分子分母）及上年比率") List<RateLine> rates,
    @Schema(description = "按信访渠道") List<Breakdown> byChannel,
    @Schema(description = "按责任单位") List<UnitLine> byUnit,
    @Schema(description = "口径设置") SettingsView settings) {

  @Schema(description = "一项目标：目标值、实际值及是否达成")
  public record TargetLine(String indicator, String label,
      @Schema(description = "目标，如≥100%") String target,
      @Schema(description = "实际值，与目标同单位（比率、同比为百分数）；无数据时为空") BigDecimal actual,
      @Schema(description = "实际值，如99.38%") String actualText,
      @Schema(description = "比率的分子；同比为本年数") Long numerator,
      @Schema(description = "比率的分母；同比为上年数") Long denominator,
      @Schema(description = "是否达成；无数据时为空") Boolean met) {}

  @Schema(description = "一项计数：本年、上年及同比")
  public record CountLine(String indicator, String label, String unit, long value, long yearBefore,
      @Schema(description = "同比变化（-0.448即下降44.8%）；上年为0时为空") BigDecimal change) {}

  @Schema(description = "一项比率：分子、分母、本年和上年比率")
  public record RateLine(String indicator, String label, String numeratorCounted, String denominatorCounted,
      long numerator, long denominator, BigDecimal rate, BigDecimal rateYearBefore) {}

  @Schema(description = "分子、分母和比率")
  public record Ratio(long numerator, long denominator, BigDecimal rate) {}

  @Schema(description = "一个责任单位的数据")
  public record UnitLine(String unit, long items, Ratio acceptanceOnTime, Ratio replyOnTime,
      Ratio oneTimeResolution, long overdueNow) {}

  /** The report's title, also the name of its files. */
  public String title() {
    return year + "年度信访工作绩效自评";
  }

  /** A rate or a change as the report prints it: 99.38%, or — without one. */
  static String percent(BigDecimal fraction) {
    return fraction == null ? "—" : fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP) + "%";
  }

  /** A change as the report prints it: 上升 12.50%, 下降 44.80%, or — from nothing. */
  static String change(BigDecimal change) {
    if (change == null) {
      return "—";
    }
    return (change.signum() < 0 ? "下降" : change.signum() > 0 ? "上升" : "持平") + (change.signum() == 0 ? ""
        : " " + percent(change.abs()));
  }
}
