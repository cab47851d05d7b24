package org.xinfang.statistics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.xinfang.statistics.AnnualTarget.Comparison;
import org.xinfang.statistics.AnnualTarget.Measure;
import org.xinfang.web.InvalidRequestProblem;
import org.xinfang.web.InvalidRequestProblem.FieldProblem;

/** A year's targets as the office enters them; they replace the year's earlier targets whole. */
@Schema(description = "年度绩效目标，提交后替换该年度原有的全部目标")
record TargetsRequest(@Schema(description = "各项指标的目标；空列表清除该年度的目标") List<Entry> targets) {

  @Schema(description = "一项指标的目标")
  record Entry(
      @Schema(description = "指标代码，如ROUTING_ON_TIME；当前超期未办不能设目标", example = "ONE_TIME_RESOLUTION")
      String indicator,
      @Schema(description = "AT_LEAST不低于，AT_MOST不高于", example = "AT_LEAST") String comparison,
      @Schema(description = "比率为百分数（0至100）；初信初访量为同比变化的百分数（-100至1000，下降为负）；"
          + "计数为件数、批次或人次（非负整数）", example = "90") BigDecimal value) {}

  /** The targets, each checked; every bad field is named at once and nothing is stored. */
  List<AnnualTarget> checked() {
    List<FieldProblem> problems = new ArrayList<>();
    List<AnnualTarget> checked = new ArrayList<>();
    if (targets == null) {
      problems.add(new FieldProblem("targets", "请列出各项指标的目标（可为空列表）"));
    } else {
      Set<Indicator> seen = new HashSet<>();
      for (int i = 0; i < targets.size(); i++) {
        String at = "targets[" + i + "]";
        Entry entry = targets.get(i);
        if (entry == null) {
          problems.add(new FieldProblem(at, "不能为空"));
          continue;
        }
        Indicator indicator = indicator(entry.indicator(), at + ".indicator", problems);
        if (indicator != null && !seen.add(indicator)) {
          problems.add(new FieldProblem(at + ".indicator", indicator.label() + "的目标已在前面列出"));
        }
        Comparison comparison = comparison(entry.comparison(), at + ".comparison", problems);
        BigDecimal value = indicator == null ? null : value(Measure.of(indicator), entry.value(), at + ".value", problems);
        if (indicator != null && comparison != null && value != null) {
          checked.add(new AnnualTarget(indicator, comparison, value));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ErrorResponseException(HttpStatus.BAD_REQUEST, new InvalidRequestProblem(problems), null);
    }
    return checked;
  }

  private static Indicator indicator(String code, String field, List<FieldProblem> problems) {
    if (code == null || code.isBlank()) {
      problems.add(new FieldProblem(field, "请指定指标"));
      return null;
    }
    Indicator indicator;
    try {
      indicator = Indicator.valueOf(code.strip());
    } catch (IllegalArgumentException unknown) {
      problems.add(new FieldProblem(field, "没有这项指标"));
      return null;
    }
    if (Measure.of(indicator) == null) {
      problems.add(new FieldProblem(field, indicator.label() + "是统计时点的现状，不能设年度目标"));
      return null;
    }
    return indicator;
  }

  private static Comparison comparison(String code, String field, List<FieldProblem> problems) {
    try {
      return Comparison.valueOf(code == null ? "" : code.strip());
    } catch (IllegalArgumentException unknown) {
      problems.add(new FieldProblem(field, "应为AT_LEAST（不低于）或AT_MOST（不高于）"));
      return null;
    }
  }

  private static BigDecimal value(Measure measure, BigDecimal value, String field, List<FieldProblem> problems) {
    String reason = null;
    if (value == null) {
      reason = "请填写目标值";
    } else if (value.compareTo(measure.least()) < 0 || value.compareTo(measure.most()) > 0) {
      reason = switch (measure) {
        case PERCENT -> "比率的目标应为0至100之间的百分数";
        case CHANGE -> "同比变化的目标应为-100至1000之间的百分数";
        case COUNT -> "计数的目标应为0至" + measure.most().toPlainString() + "之间的整数";
      };
    } else if (measure.whole() && value.stripTrailingZeros().scale() > 0) {
      reason = "计数的目标应为整数";
    } else if (value.stripTrailingZeros().scale() > 2) {
      reason = "最多保留两位小数";
    }
    if (reason != null) {
      problems.add(new FieldProblem(field, reason));
      return null;
    }
    return value;
  }
}
