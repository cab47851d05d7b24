package org.xinfang.statistics;

import java.math.BigDecimal;

/**
 * The office's target for one indicator in a year: a rate in percent (信访部门及时受理率 ≥ 100), the
 * year-on-year change of 初信初访 in percent (≤ -10: down by a tenth at least), a count of items
 * or person-times (集访批次 ≤ 0).
 */
public record AnnualTarget(Indicator indicator, Comparison comparison, BigDecimal target) {

  /** Whether the figure must reach the target or stay within it. */
  public enum Comparison {
    AT_LEAST("≥"),
    AT_MOST("≤");

    private final String sign;

    Comparison(String sign) {
      this.sign = sign;
    }

    public String sign() {
      return sign;
    }

    boolean met(BigDecimal actual, BigDecimal target) {
      int order = actual.compareTo(target);
      return this == AT_LEAST ? order >= 0 : order <= 0;
    }
  }

  /** What a target of an indicator measures, and the values it may take. */
  public enum Measure {
    /** A rate, in percent. */
    PERCENT("%", BigDecimal.ZERO, BigDecimal.valueOf(100)),
    /** 初信初访's change on the year before, in percent: -100 is none left. */
    CHANGE("%", BigDecimal.valueOf(-100), BigDecimal.valueOf(1000)),
    /** Items or person-times. */
    COUNT("", BigDecimal.ZERO, BigDecimal.valueOf(10_000_000));

    private final String unit;
    private final BigDecimal least;
    private final BigDecimal most;

    Measure(String unit, BigDecimal least, BigDecimal most) {
      this.unit = unit;
      this.least = least;
      this.most = most;
    }

    String unit() {
      return unit;
    }

    BigDecimal least() {
      return least;
    }

    BigDecimal most() {
      return most;
    }

    /** Measures of a whole number of items take no fraction. */
    boolean whole() {
      return this == COUNT;
    }

    /** How the target of an indicator is measured; none for a figure of the moment, which no year can aim at. */
    static Measure of(Indicator indicator) {
      if (indicator == Indicator.OVERDUE_NOW) {
        return null;
      }
      if (indicator == Indicator.FIRST_TIME) {
        return CHANGE;
      }
      return indicator.isRate() ? PERCENT : COUNT;
    }
  }

  public Measure measure() {
    return Measure.of(indicator);
  }

  /** The target as the report prints it: ≥100%, 同比≤-10%, ≤0件. */
  public String text() {
    return (measure() == Measure.CHANGE ? "同比" : "") + comparison.sign() + target.stripTrailingZeros().toPlainString()
        + (measure() == Measure.COUNT ? unitOfCount(indicator) : measure().unit());
  }

  static String unitOfCount(Indicator indicator) {
    return switch (indicator) {
      case VISIT_BATCHES, GROUP_VISITS -> "批";
      case VISIT_PERSONS -> "人次";
      case SUPERVISION_ESCALATIONS -> "次";
      default -> "件";
    };
  }
}
