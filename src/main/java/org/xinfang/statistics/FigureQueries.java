package org.xinfang.statistics;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL that counts the {@link Indicator}s: the database aggregates, one query per period rule
 * for all the indicators under it, grouped if asked; and the rows behind a number, a page at a time.
 */
@Component
@EnableConfigurationProperties(StatisticsProperties.class)
public class FigureQueries {

  /** The count of an indicator's cohort (or its persons) and of its numerator, in one group. */
  public record Tally(long value, long numerator) {}

  /** One row behind a number. */
  public record Row(String caseNumber, String title, String status, String channel, String caseClass, String unitCode,
      String unitName, int personCount, Instant registeredAt, Instant countedAt) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final StatisticsProperties settings;

  FigureQueries(NamedParameterJdbcTemplate jdbc, StatisticsProperties settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  StatisticsProperties settings() {
    return settings;
  }

  /**
   * The tallies of {@code indicators}, all under {@code rule}, by group ({@code null} grouping: one
   * group, keyed {@code ""}; a row without a group is keyed {@code null}).
   */
  Map<String, Map<Indicator, Tally>> tally(PeriodRule rule, List<Indicator> indicators, Period period, Scope scope,
      Grouping grouping, Instant now) {
    String group = grouping == null ? "''" : grouping.expression(rule);
    List<String> columns = new ArrayList<>();
    for (Indicator indicator : indicators) {
      columns.add(indicator.kind() == Indicator.Kind.PERSONS
          ? "coalesce(sum(c.person_count) filter (where " + indicator.cohort() + "), 0)"
          : "count(*) filter (where " + indicator.cohort() + ")");
      columns.add(indicator.isRate()
          ? "count(*) filter (where (" + indicator.cohort() + ") and (" + indicator.numerator() + "))"
          : "0");
    }
    String sql = "select " + group + " as g, " + String.join(", ", columns) + " from " + rule.rows()
        + " where " + where(rule, scope) + " group by 1";
    Map<String, Map<Indicator, Tally>> tallies = new LinkedHashMap<>();
    jdbc.query(sql, parameters(period, scope, now), row -> {
      Map<Indicator, Tally> byIndicator = new LinkedHashMap<>();
      for (int i = 0; i < indicators.size(); i++) {
        byIndicator.put(indicators.get(i), new Tally(row.getLong(2 + 2 * i), row.getLong(3 + 2 * i)));
      }
      tallies.put(row.getString(1), byIndicator);
    });
    return tallies;
  }

  /** How many rows stand behind a number: the cohort, or only its numerator. */
  long countRows(Indicator indicator, boolean numeratorOnly, Period period, Scope scope, Instant now) {
    String sql = "select count(*) from " + indicator.rule().rows() + " where " + rowsBehind(indicator, numeratorOnly, scope);
    Long count = jdbc.queryForObject(sql, parameters(period, scope, now), Long.class);
    return count == null ? 0 : count;
  }

  /** A page of the rows behind a number, in the order they count in the period. */
  List<Row> rows(Indicator indicator, boolean numeratorOnly, Period period, Scope scope, Instant now, int page,
      int size) {
    PeriodRule rule = indicator.rule();
    String counted = rule.moment() == null ? "c.registered_at" : rule.moment();
    String sql = "select c.case_number, c.title, c.status, c.channel, c.case_class, c.responsible_unit_code, u.name,"
        + " c.person_count, c.registered_at, " + counted + " as counted_at from " + rule.rows()
        + " left join unit u on u.code = c.responsible_unit_code"
        + " where " + rowsBehind(indicator, numeratorOnly, scope)
        + " order by counted_at, c.id limit :size offset :offset";
    MapSqlParameterSource parameters = parameters(period, scope, now)
        .addValue("size", size)
        .addValue("offset", (long) page * size);
    return jdbc.query(sql, parameters, (row, number) -> new Row(row.getString(1), row.getString(2), row.getString(3),
        row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getInt(8),
        row.getTimestamp(9).toInstant(), row.getTimestamp(10).toInstant()));
  }

  private static String rowsBehind(Indicator indicator, boolean numeratorOnly, Scope scope) {
    String condition = where(indicator.rule(), scope) + " and (" + indicator.cohort() + ")";
    return numeratorOnly ? condition + " and (" + indicator.numerator() + ")" : condition;
  }

  private static String where(PeriodRule rule, Scope scope) {
    List<String> conditions = new ArrayList<>();
    if (rule.moment() != null) {
      conditions.add(rule.moment() + " >= :from and " + rule.moment() + " < :to");
    }
    if (scope.units() != null) {
      conditions.add("c.responsible_unit_code in (:units)");
    }
    if (scope.unit() != null) {
      conditions.add("c.responsible_unit_code = :unit");
    }
    if (scope.channel() != null) {
      conditions.add("c.channel = :channel");
    }
    if (scope.caseClass() != null) {
      conditions.add("c.case_class = :caseClass");
    }
    if (scope.subject() != null) {
      conditions.add("c.subject_category = :subject");
    }
    return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
  }

  private MapSqlParameterSource parameters(Period period, Scope scope, Instant now) {
    return new MapSqlParameterSource()
        .addValue("from", period.start().atOffset(ZoneOffset.UTC))
        .addValue("to", period.end().atOffset(ZoneOffset.UTC))
        .addValue("now", now.atOffset(ZoneOffset.UTC))
        .addValue("units", scope.units())
        .addValue("unit", scope.unit())
        .addValue("channel", scope.channel() == null ? null : scope.channel().name())
        .addValue("caseClass", scope.caseClass() == null ? null : scope.caseClass().name())
        .addValue("subject", scope.subject() == null ? null : scope.subject().name())
        .addValue("windowDays", settings.resolutionWindowDays())
        .addValue("notAcceptedCounted", settings.notAcceptedCounted())
        .addValue("groupVisitPersons", settings.groupVisitPersons());
  }
}
