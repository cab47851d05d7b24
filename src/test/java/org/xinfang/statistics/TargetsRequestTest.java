package org.xinfang.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;
import org.xinfang.statistics.AnnualTarget.Comparison;
import org.xinfang.statistics.TargetsRequest.Entry;
import org.xinfang.web.InvalidRequestProblem;
import org.xinfang.web.InvalidRequestProblem.FieldProblem;

class TargetsRequestTest {

  @Test
  void eachMeasureTakesItsOwnRange() {
    List<AnnualTarget> targets = new TargetsRequest(List.of(
        new Entry("ROUTING_ON_TIME", "AT_LEAST", new BigDecimal("100")),
        new Entry("ONE_TIME_RESOLUTION", "AT_LEAST", new BigDecimal("99.38")),
        new Entry("FIRST_TIME", "AT_MOST", new BigDecimal("-10")),
        new Entry("GROUP_VISITS", "AT_MOST", BigDecimal.ZERO))).checked();

    assertThat(targets).extracting(AnnualTarget::text)
        .containsExactly("≥100%", "≥99.38%", "同比≤-10%", "≤0批");
  }

  @Test
  void everyBadFieldIsNamedWithItsReason() {
    TargetsRequest request = new TargetsRequest(List.of(
        new Entry("ROUTING_ON_TIME", "AT_LEAST", new BigDecimal("120")),
        new Entry("NO_SUCH_FIGURE", "AT_LEAST", BigDecimal.TEN),
        new Entry("OVERDUE_NOW", "AT_MOST", BigDecimal.ZERO),
        new Entry("ROUTING_ON_TIME", "MORE", BigDecimal.TEN),
        new Entry("GROUP_VISITS", "AT_MOST", new BigDecimal("0.5")),
        new Entry("FIRST_TIME", "AT_MOST", new BigDecimal("-101")),
        new Entry("REPEAT_RATE", "AT_MOST", null),
        new Entry("REPLY_ON_TIME", "AT_LEAST", new BigDecimal("99.999"))));

    assertThatThrownBy(request::checked).isInstanceOfSatisfying(ErrorResponseException.class, refused ->
        assertThat(((InvalidRequestProblem) refused.getBody()).getErrors()).containsExactly(
            new FieldProblem("targets[0].value", "比率的目标应为0至100之间的百分数"),
            new FieldProblem("targets[1].indicator", "没有这项指标"),
            new FieldProblem("targets[2].indicator", "当前超期未办是统计时点的现状，不能设年度目标"),
            new FieldProblem("targets[3].indicator", "信访部门及时受理率的目标已在前面列出"),
            new FieldProblem("targets[3].comparison", "应为AT_LEAST（不低于）或AT_MOST（不高于）"),
            new FieldProblem("targets[4].value", "计数的目标应为整数"),
            new FieldProblem("targets[5].value", "同比变化的目标应为-100至1000之间的百分数"),
            new FieldProblem("targets[6].value", "请填写目标值"),
            new FieldProblem("targets[7].value", "最多保留两位小数")));
  }

  @Test
  void aMissingListIsNamed() {
    assertThatThrownBy(() -> new TargetsRequest(null).checked()).isInstanceOfSatisfying(ErrorResponseException.class,
        refused -> assertThat(((InvalidRequestProblem) refused.getBody()).getErrors())
            .containsExactly(new FieldProblem("targets", "请列出各项指标的目标（可为空列表）")));
  }

  @Test
  void aTargetIsMetOnItsSideOfTheValue() {
    AnnualTarget atLeast = new AnnualTarget(Indicator.ROUTING_ON_TIME, Comparison.AT_LEAST, new BigDecimal("100"));
    AnnualTarget atMost = new AnnualTarget(Indicator.FIRST_TIME, Comparison.AT_MOST, new BigDecimal("-10"));

    assertThat(AnnualTargets.met(atLeast, new BigDecimal("100.00"))).isTrue();
    assertThat(AnnualTargets.met(atLeast, new BigDecimal("99.99"))).isFalse();
    assertThat(AnnualTargets.met(atMost, new BigDecimal("-44.80"))).isTrue();
    assertThat(AnnualTargets.met(atMost, new BigDecimal("-9.99"))).isFalse();
    assertThat(AnnualTargets.met(atMost, null)).as("no figure to judge").isNull();
  }
}
