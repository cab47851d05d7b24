package org.xinfang.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.deadline.EngineClock;
import org.xinfang.organization.Unit;
import org.xinfang.organization.UnitRepository;
import org.xinfang.statistics.FigureQueries.Tally;
import org.xinfang.statistics.StatisticsReport.Breakdown;
import org.xinfang.statistics.StatisticsReport.Figure;
import org.xinfang.statistics.StatisticsReport.Group;
import org.xinfang.statistics.StatisticsReport.PeriodView;
import org.xinfang.statistics.StatisticsReport.ScopeView;
import org.xinfang.statistics.StatisticsReport.SettingsView;
import org.xinfang.statistics.StatisticsReport.YearOnYear;
import org.xinfang.web.Coded;

/**
 * The bureau's figures for a period and scope, and the cases behind each of them. Every figure is
 * an {@link Indicator} counted by {@link FigureQueries}; this class only arranges them.
 */
@Service
@Transactional(readOnly = true)
public class Statistics {

  static final String CASES_PATH = "/api/statistics/cases";
  static final int TOP = 10;

  /** Which part of a number's cases to list. */
  public enum Part {
    /** The rows counted: a count's rows, a rate's denominator. */
    DENOMINATOR,
    NUMERATOR
  }

  /** The rows behind a number, one page. */
  public record CasesBehind(Indicator indicator, Part part, Period period, long total, List<FigureQueries.Row> rows) {}

  private final FigureQueries queries;
  private final UnitRepository units;

  Statistics(FigureQueries queries, UnitRepository units) {
    this.queries = queries;
    this.units = units;
  }

  public StatisticsReport report(Period period, Scope scope, Grouping groupBy) {
    Instant now = EngineClock.now();
    Map<String, String> unitNames = unitNames();
    Map<Indicator, Tally> totals = tallies(period, scope, null, now).getOrDefault("", Map.of());
    List<Figure> figures = Arrays.stream(Indicator.values())
        .map(indicator -> figure(indicator, totals.get(indicator), period, scope))
        .toList();

    long firstTime = value(totals, Indicator.FIRST_TIME);
    Period yearBefore = period.yearBefore();
    long firstTimeBefore = value(queries.tally(PeriodRule.REGISTRATION, List.of(Indicator.FIRST_TIME), yearBefore,
        scope, null, now).getOrDefault("", Map.of()), Indicator.FIRST_TIME);
    YearOnYear firstTimeChange = new YearOnYear(firstTime, firstTimeBefore,
        StatisticsReport.change(firstTime, firstTimeBefore),
        link(Indicator.FIRST_TIME, Part.DENOMINATOR, period, scope),
        link(Indicator.FIRST_TIME, Part.DENOMINATOR, yearBefore, scope));

    List<Group> groups = groupBy == null ? List.of() : groups(period, scope, groupBy, now, unitNames);
    return new StatisticsReport(PeriodView.of(period), now, scopeView(scope, unitNames), settingsView(), figures,
        firstTimeChange,
        breakdown(period, scope, Grouping.CHANNEL, now, unitNames, Integer.MAX_VALUE),
        breakdown(period, scope, Grouping.CASE_CLASS, now, unitNames, Integer.MAX_VALUE),
        breakdown(period, scope, Grouping.UNIT, now, unitNames, TOP),
        breakdown(period, scope, Grouping.SUBJECT, now, unitNames, TOP),
        groups);
  }

  public CasesBehind casesBehind(Indicator indicator, Part part, Period period, Scope scope, int page, int size) {
    Instant now = EngineClock.now();
    boolean numerator = part == Part.NUMERATOR;
    return new CasesBehind(indicator, part, period, queries.countRows(indicator, numerator, period, scope, now),
        queries.rows(indicator, numerator, period, scope, now, page, size));
  }

  Map<String, String> unitNames() {
    return units.findAll().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
  }

  /** Every indicator's tallies, by group: one query per period rule. */
  private Map<String, Map<Indicator, Tally>> tallies(Period period, Scope scope, Grouping grouping, Instant now) {
    Map<PeriodRule, List<Indicator>> byRule = Arrays.stream(Indicator.values())
        .filter(indicator -> grouping == null || grouping.expression(indicator.rule()) != null)
        .collect(Collectors.groupingBy(Indicator::rule, LinkedHashMap::new, Collectors.toList()));
    Map<String, Map<Indicator, Tally>> all = new LinkedHashMap<>();
    byRule.forEach((rule, indicators) -> queries.tally(rule, indicators, period, scope, grouping, now)
        .forEach((group, tallies) -> all.computeIfAbsent(group, key -> new LinkedHashMap<>()).putAll(tallies)));
    if (grouping == null) {
      all.putIfAbsent("", new LinkedHashMap<>());
    }
    return all;
  }

  private List<Group> groups(Period period, Scope scope, Grouping grouping, Instant now,
      Map<String, String> unitNames) {
    Map<String, Map<Indicator, Tally>> byGroup = tallies(period, scope, grouping, now);
    List<Group> groups = new ArrayList<>();
    for (String key : keysInOrder(grouping, byGroup.keySet(), period)) {
      Map<Indicator, Tally> tallies = byGroup.getOrDefault(key, Map.of());
      Period groupPeriod = grouping == Grouping.MONTH ? period.monthWithin(LocalDate.parse(key + "-01")) : period;
      Scope groupScope = key == null ? null : scope.narrowedTo(grouping, key);
      List<Figure> figures = Arrays.stream(Indicator.values())
          .filter(indicator -> grouping.expression(indicator.rule()) != null)
          .map(indicator -> figure(indicator, tallies.get(indicator), groupPeriod, groupScope))
          .toList();
      groups.add(new Group(label(grouping, key, unitNames), figures));
    }
    return groups;
  }

  /** Months in calendar order, every month of the period even without cases; other groups as found, unknown last. */
  private static List<String> keysInOrder(Grouping grouping, Set<String> found, Period period) {
    if (grouping == Grouping.MONTH) {
      List<String> months = new ArrayList<>();
      for (LocalDate first = period.from().withDayOfMonth(1); !first.isAfter(period.to()); first = first.plusMonths(1)) {
        months.add(first.toString().substring(0, 7));
      }
      return months;
    }
    return found.stream().sorted(Comparator.nullsLast(Comparator.naturalOrder())).toList();
  }

  private List<Breakdown> breakdown(Period period, Scope scope, Grouping grouping, Instant now,
      Map<String, String> unitNames, int limit) {
    List<Indicator> counted = List.of(Indicator.ITEMS, Indicator.VISIT_PERSONS);
    return queries.tally(PeriodRule.REGISTRATION, counted, period, scope, grouping, now).entrySet().stream()
        .filter(group -> group.getKey() != null && group.getValue().get(Indicator.ITEMS).value() > 0)
        .map(group -> new Breakdown(label(grouping, group.getKey(), unitNames),
            group.getValue().get(Indicator.ITEMS).value(), group.getValue().get(Indicator.VISIT_PERSONS).value(),
            link(Indicator.ITEMS, Part.DENOMINATOR, period, scope.narrowedTo(grouping, group.getKey()))))
        .sorted(Comparator.comparingLong(Breakdown::items).reversed().thenComparing(breakdown -> breakdown.key().code()))
        .limit(limit)
        .toList();
  }

  private static Figure figure(Indicator indicator, Tally tally, Period period, Scope scope) {
    Tally counted = tally == null ? new Tally(0, 0) : tally;
    String periodRule = indicator.rule().label();
    if (indicator.isRate()) {
      return new Figure(indicator.name(), indicator.label(), indicator.kind(), periodRule, indicator.cohortLabel(),
          indicator.numeratorLabel(), null, counted.numerator(), counted.value(),
          StatisticsReport.rate(counted.numerator(), counted.value()), null,
          link(indicator, Part.NUMERATOR, period, scope), link(indicator, Part.DENOMINATOR, period, scope));
    }
    return new Figure(indicator.name(), indicator.label(), indicator.kind(), periodRule, indicator.cohortLabel(), null,
        counted.value(), null, null, null, link(indicator, Part.DENOMINATOR, period, scope), null, null);
  }

  private static long value(Map<Indicator, Tally> tallies, Indicator indicator) {
    Tally tally = tallies.get(indicator);
    return tally == null ? 0 : tally.value();
  }

  /** The address of the cases behind a number; none for a group the filters cannot name (cases without a unit). */
  static String link(Indicator indicator, Part part, Period period, Scope scope) {
    if (scope == null) {
      return null;
    }
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(CASES_PATH)
        .queryParam("indicator", indicator.name())
        .queryParam("part", part.name().toLowerCase())
        .queryParam("from", period.from())
        .queryParam("to", period.to());
    if (scope.unit() != null) {
      uri.queryParam("unit", scope.unit());
    }
    if (scope.channel() != null) {
      uri.queryParam("channel", scope.channel().name());
    }
    if (scope.caseClass() != null) {
      uri.queryParam("caseClass", scope.caseClass().name());
    }
    if (scope.subject() != null) {
      uri.queryParam("subject", scope.subject().name());
    }
    return uri.build().encode().toUriString();
  }

  private static Coded label(Grouping grouping, String key, Map<String, String> unitNames) {
    if (key == null) {
      return new Coded(null, grouping == Grouping.UNIT ? "未交转送责任单位" : "未分类");
    }
    return switch (grouping) {
      case MONTH -> new Coded(key, Integer.parseInt(key.substring(0, 4)) + "年" + Integer.parseInt(key.substring(5)) + "月");
      case UNIT -> new Coded(key, unitNames.getOrDefault(key, key));
      case CHANNEL -> Coded.of(Channel.valueOf(key), Channel::label);
      case SUBJECT -> Coded.of(SubjectCategory.valueOf(key), SubjectCategory::label);
      case CASE_CLASS -> Coded.of(CaseClass.valueOf(key), CaseClass::label);
    };
  }

  static Coded status(String code) {
    return Coded.of(CaseStatus.valueOf(code), CaseStatus::label);
  }

  private ScopeView scopeView(Scope scope, Map<String, String> unitNames) {
    return new ScopeView(scope.units() == null,
        scope.unit() == null ? null : new Coded(scope.unit(), unitNames.getOrDefault(scope.unit(), scope.unit())),
        Coded.of(scope.channel(), Channel::label), Coded.of(scope.caseClass(), CaseClass::label),
        Coded.of(scope.subject(), SubjectCategory::label));
  }

  private SettingsView settingsView() {
    StatisticsProperties settings = queries.settings();
    return new SettingsView(settings.resolutionWindowDays(), settings.notAcceptedCounted(),
        settings.groupVisitPersons());
  }
}
