package org.xinfang.statistics;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.audit.AuditLog;
import org.xinfang.casefile.Actors;
import org.xinfang.deadline.EngineClock;
import org.xinfang.statistics.AnnualTarget.Comparison;

/** The targets the office sets for a year (table {@code annual_target}); every change is audited. */
@Service
public class AnnualTargets {

  /** The audit log's action of setting a year's targets. */
  static final String AUDIT_ACTION = "ANNUAL_TARGETS_SET";
  /** Targets are listed, stored and audited in the order of the indicators. */
  private static final Comparator<AnnualTarget> IN_ORDER = Comparator.comparing(AnnualTarget::indicator);

  private final NamedParameterJdbcTemplate jdbc;
  private final AuditLog audit;
  private final Actors actors;

  AnnualTargets(NamedParameterJdbcTemplate jdbc, AuditLog audit, Actors actors) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.actors = actors;
  }

  /** The year's targets, in the order of the indicators. */
  @Transactional(readOnly = true)
  public List<AnnualTarget> of(int year) {
    return jdbc.query("select indicator, comparison, target from annual_target where target_year = :year",
            new MapSqlParameterSource("year", year),
            (row, number) -> new AnnualTarget(Indicator.valueOf(row.getString(1)),
                Comparison.valueOf(row.getString(2)), row.getBigDecimal(3)))
        .stream()
        .sorted(IN_ORDER)
        .toList();
  }

  /** Replaces the year's targets with {@code targets} (checked by {@link TargetsRequest}), in one transaction. */
  @Transactional
  public void set(int year, List<AnnualTarget> targets) {
    List<AnnualTarget> inOrder = targets.stream().sorted(IN_ORDER).toList();
    String user = actors.current();
    jdbc.update("delete from annual_target where target_year = :year", new MapSqlParameterSource("year", year));
    for (AnnualTarget target : inOrder) {
      jdbc.update("insert into annual_target (target_year, indicator, comparison, target, set_by, set_at)"
          + " values (:year, :indicator, :comparison, :target, :user, :at)", new MapSqlParameterSource()
          .addValue("year", year)
          .addValue("indicator", target.indicator().name())
          .addValue("comparison", target.comparison().name())
          .addValue("target", target.target())
          .addValue("user", user)
          .addValue("at", Timestamp.from(EngineClock.now())));
    }
    audit.record(user, AUDIT_ACTION, null, year + "年度绩效目标："
        + (inOrder.isEmpty() ? "全部清除" : inOrder.stream()
            .map(target -> target.indicator().label() + target.text())
            .collect(Collectors.joining("；"))));
  }

  /** Whether {@code actual} (in the target's measure) meets the target; none without an actual figure. */
  static Boolean met(AnnualTarget target, BigDecimal actual) {
    return actual == null ? null : target.comparison().met(actual, target.target());
  }
}
