package org.xinfang.statistics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.xinfang.web.Coded;

/** The bureau's figures for a period, each with the cases behind it. */
@Schema(description = "统计期内的各项统计数据，每个数字均可查看其所对应的事项")
public record StatisticsReport(
    PeriodView period,
    @Schema(description = "统计时点：尚未届满的期限、尚在评价期内的事项不计入") Instant asOf,
    @Schema(description = "统计范围") ScopeView scope,
    @Schema(description = "本次统计采用的口径设置") SettingsView settings,
    @Schema(description = "各项指标") List<Figure> figures,
    @Schema(description = "初信初访量及同比") YearOnYear firstTime,
    @Schema(description = "按信访渠道：件数和人次") List<Breakdown> byChannel,
    @Schema(description = "按事项类别") List<Breakdown> byClass,
    @Schema(description = "信访事项最多的责任单位") List<Breakdown> topUnits,
    @Schema(description = "信访事项最多的内容分类") List<Breakdown> topSubjects,
    @Schema(description = "按groupBy分组的各项指标；未指定分组时为空") List<Group> groups) {

  @Schema(description = "统计期间，起止日期均含")
  public record PeriodView(LocalDate from, LocalDate to, String label) {
    static PeriodView of(Period period) {
      return new PeriodView(period.from(), period.to(), period.label());
    }
  }

  @Schema(description = "统计范围：全区或本单位，及所加的筛选条件")
  public record ScopeView(@Schema(description = "全区为true，仅本单位为false") boolean wholeDistrict,
      Coded unit, Coded channel, Coded caseClass, Coded subject) {}

  @Schema(description = "口径设置（xinfang.statistics.*）")
  public record SettingsView(
      @Schema(description = "一次性化解的观察期：办结后的日数") int resolutionWindowDays,
      @Schema(description = "不予受理、不再受理事项是否计入事项数、一次性化解率和重复信访率") boolean notAcceptedCounted,
      @Schema(description = "集访人数标准：来访人数达到此数为集访") int groupVisitPersons) {}

  @Schema(description = "一项指标：计数，或比率及其分子分母")
  public record Figure(
      @Schema(description = "指标代码，用于查看对应事项") String indicator,
      String label,
      @Schema(description = "COUNT计数，PERSONS人次，RATE比率") Indicator.Kind kind,
      @Schema(description = "统计口径") String periodRule,
      @Schema(description = "计数（比率为分母）所统计的事项") String counted,
      @Schema(description = "比率的分子所统计的事项") String numeratorCounted,
      @Schema(description = "计数或人次；比率时为空") Long value,
      @Schema(description = "分子") Long numerator,
      @Schema(description = "分母") Long denominator,
      @Schema(description = "比率（0至1，保留4位小数）；分母为0时为空", example = "0.9938") BigDecimal rate,
      @Schema(description = "计数所对应的事项列表") String cases,
      @Schema(description = "分子所对应的事项列表") String numeratorCases,
      @Schema(description = "分母所对应的事项列表") String denominatorCases) {}

  @Schema(description = "本期与上年同期比较")
  public record YearOnYear(long current, long yearBefore,
      @Schema(description = "同比变化（-0.448即下降44.8%）；上年同期为0时为空") BigDecimal change,
      String cases, String yearBeforeCases) {}

  @Schema(description = "一个分类的件数和来访人次")
  public record Breakdown(Coded key, long items, @Schema(description = "来访人次") long visitPersons, String cases) {}

  @Schema(description = "一个分组的各项指标")
  public record Group(Coded key, List<Figure> figures) {}

  /** numerator / denominator to four places; none of a denominator of 0. */
  static BigDecimal rate(long numerator, long denominator) {
    return denominator == 0 ? null
        : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
  }

  /** The change from {@code before} to {@code now}, to four places; none from 0. */
  static BigDecimal change(long now, long before) {
    return before == 0 ? null
        : BigDecimal.valueOf(now - before).divide(BigDecimal.valueOf(before), 4, RoundingMode.HALF_UP);
  }
}
