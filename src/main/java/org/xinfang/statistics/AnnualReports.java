package org.xinfang.statistics;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.statistics.AnnualReport.CountLine;
import org.xinfang.statistics.AnnualReport.RateLine;
import org.xinfang.statistics.AnnualReport.Ratio;
import org.xinfang.statistics.AnnualReport.TargetLine;
import org.xinfang.statistics.AnnualReport.UnitLine;
import org.xinfang.statistics.AnnualTarget.Measure;
import org.xinfang.statistics.StatisticsReport.Figure;

/**
 * Assembles the annual self-evaluation of the whole district from the statistics of the year and of
 * the year before, and the office's targets. It counts nothing itself.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReports {

  private final Statistics statistics;
  private final AnnualTargets targets;

  AnnualReports(Statistics statistics, AnnualTargets targets) {
    this.statistics = statistics;
    this.targets = targets;
  }

  public AnnualReport of(int year) {
    StatisticsReport current = statistics.report(Period.year(year), Scope.wholeDistrict(), Grouping.UNIT);
    StatisticsReport before = statistics.report(Period.year(year - 1), Scope.wholeDistrict(), null);
    Map<String, Figure> now = byIndicator(current.figures());
    Map<String, Figure> then = byIndicator(before.figures());

    List<TargetLine> targetLines = targets.of(year).stream().map(target -> targetLine(target, now, current)).toList();
    List<CountLine> counts = Arrays.stream(Indicator.values())
        // a figure of the moment has no year to compare; the units' table shows it
        .filter(indicator -> !indicator.isRate() && indicator.rule() != PeriodRule.NOW)
        .map(indicator -> {
          long value = now.get(indicator.name()).value();
          long yearBefore = then.get(indicator.name()).value();
          return new CountLine(indicator.name(), indicator.label(), AnnualTarget.unitOfCount(indicator), value, yearBefore,
              StatisticsReport.change(value, yearBefore));
        })
        .toList();
    List<RateLine> rates = Arrays.stream(Indicator.values())
        .filter(Indicator::isRate)
        .map(indicator -> {
          Figure figure = now.get(indicator.name());
          return new RateLine(indicator.name(), indicator.label(), indicator.numeratorLabel(), indicator.cohortLabel(),
              figure.numerator(), figure.denominator(), figure.rate(), then.get(indicator.name()).rate());
        })
        .toList();
    List<UnitLine> units = current.groups().stream()
        .filter(group -> group.key().code() != null)
        .map(group -> {
          Map<String, Figure> figures = byIndicator(group.figures());
          return new UnitLine(group.key().label(), figures.get(Indicator.ITEMS.name()).value(),
              ratio(figures.get(Indicator.ACCEPTANCE_ON_TIME.name())), ratio(figures.get(Indicator.REPLY_ON_TIME.name())),
              ratio(figures.get(Indicator.ONE_TIME_RESOLUTION.name())), figures.get(Indicator.OVERDUE_NOW.name()).value());
        })
        .filter(unit -> unit.items() > 0 || unit.replyOnTime().denominator() > 0 || unit.overdueNow() > 0)
        .toList();
    return new AnnualReport(year, current.asOf(), targetLines, counts, rates, current.byChannel(), units,
        current.settings());
  }

  /** A target beside the actual figure in the target's own measure. */
  private static TargetLine targetLine(AnnualTarget target, Map<String, Figure> now, StatisticsReport current) {
    Indicator indicator = target.indicator();
    Figure figure = now.get(indicator.name());
    BigDecimal actual;
    String actualText;
    Long numerator;
    Long denominator;
    if (target.measure() == Measure.CHANGE) {
      BigDecimal change = current.firstTime().change();
      actual = change == null ? null : change.movePointRight(2);
      actualText = "本年" + current.firstTime().current() + "件，上年" + current.firstTime().yearBefore() + "件，"
          + AnnualReport.change(change);
      numerator = current.firstTime().current();
      denominator = current.firstTime().yearBefore();
    } else if (target.measure() == Measure.PERCENT) {
      actual = figure.rate() == null ? null : figure.rate().movePointRight(2);
      actualText = AnnualReport.percent(figure.rate());
      numerator = figure.numerator();
      denominator = figure.denominator();
    } else {
      actual = BigDecimal.valueOf(figure.value());
      actualText = figure.value() + AnnualTarget.unitOfCount(indicator);
      numerator = null;
      denominator = null;
    }
    return new TargetLine(indicator.name(), indicator.label(), target.text(), actual, actualText, numerator, denominator,
        AnnualTargets.met(target, actual));
  }

  private static Ratio ratio(Figure figure) {
    return new Ratio(figure.numerator(), figure.denominator(), figure.rate());
  }

  private static Map<String, Figure> byIndicator(List<Figure> figures) {
    return figures.stream().collect(Collectors.toMap(Figure::indicator, Function.identity()));
  }
}
