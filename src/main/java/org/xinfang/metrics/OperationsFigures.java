package org.xinfang.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.deadline.EngineClock;
import org.xinfang.notification.NotificationRepository;
import org.xinfang.notification.NotificationStatus;
import org.xinfang.organization.Roles;
import org.xinfang.organization.Unit;
import org.xinfang.organization.UnitRepository;
import org.xinfang.workflow.SystemAuthority;

/**
 * The figures a monitoring system reads that cost a database query: open cases, overdue cases by
 * unit, the outbox's backlog, the engine's due jobs and its job executor's counts. They are counted
 * together, at most once per {@link #MAX_AGE} of engine time however often and by however many
 * scrapers they are read; none reads the closed cases or the sent notifications (docs/metrics.md
 * gives each query's cost). "Overdue" is measured on the engine clock, like the supervisors' list.
 */
@Component
class OperationsFigures {

  /** How long one count serves: below any sensible scrape interval, far above a scrape's duration. */
  static final Duration MAX_AGE = Duration.ofSeconds(10);

  /** The job executor's own counts, by the engine's names. */
  static final List<String> JOB_EXECUTOR_METRICS = List.of(Metrics.JOB_ACQUISITION_ATTEMPT,
      Metrics.JOB_ACQUIRED_SUCCESS, Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_EXECUTION_REJECTED,
      Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED, Metrics.JOB_LOCKED_EXCLUSIVE);

  static final List<CaseStatus> OPEN = Arrays.stream(CaseStatus.values()).filter(status -> !status.isFinished()).toList();

  /**
   * One count, as of an instant of the engine clock.
   *
   * @param overdueByUnit every unit, and the petition room for the cases no unit has yet
   * @param jobBacklog the jobs the executor may run now (due, retries left, not suspended) and has not finished
   * @param jobExecutor this node's count of each of {@link #JOB_EXECUTOR_METRICS} since its first start
   */
  record Figures(Instant asOf, Map<CaseStatus, Long> openByStatus, Map<String, Long> overdueByUnit,
      long outboxPending, long outboxFailed, long jobBacklog, Map<String, Long> jobExecutor) {}

  private final PetitionCaseRepository cases;
  private final UnitRepository units;
  private final NotificationRepository outbox;
  private final ManagementService management;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final SystemAuthority system;
  private final String reporterId;

  private Figures figures;

  OperationsFigures(PetitionCaseRepository cases, UnitRepository units, NotificationRepository outbox,
      ProcessEngine engine, SystemAuthority system) {
    this.cases = cases;
    this.units = units;
    this.outbox = outbox;
    this.management = engine.getManagementService();
    this.engineConfiguration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.system = system;
    // as the engine decides it: its provider's id, or the host name
    var provider = engineConfiguration.getMetricsReporterIdProvider();
    this.reporterId = provider == null ? engineConfiguration.getHostname() : provider.provideId(engine);
  }

  /**
   * The figures, counted again once they are older than {@link #MAX_AGE}, or when the engine clock
   * went back before them (a test or the demo's history moves it).
   */
  synchronized Figures current() {
    Instant now = EngineClock.now();
    if (figures == null || now.isBefore(figures.asOf()) || !now.isBefore(figures.asOf().plus(MAX_AGE))) {
      // the figures are the whole district's, whoever scrapes: the engine's queries run unchecked
      figures = system.run(() -> count(now, figures));
    }
    return figures;
  }

  private Figures count(Instant now, Figures previous) {
    Map<CaseStatus, Long> open = new EnumMap<>(CaseStatus.class);
    OPEN.forEach(status -> open.put(status, 0L));
    cases.countByStatusIn(OPEN).forEach(count -> open.put(count.getStatus(), count.getCases()));

    Map<String, Long> overdue = new TreeMap<>();
    overdue.put(Roles.PETITION_ROOM, 0L);
    units.findAll().stream().map(Unit::getCode).forEach(unit -> overdue.put(unit, 0L));
    cases.countOverdueByUnit(now).forEach(count -> overdue.put(
        count.getUnitCode() == null ? Roles.PETITION_ROOM : count.getUnitCode(), count.getCases()));

    long backlog = management.createJobQuery().executable().active().count();

    Map<String, Long> jobExecutor = new TreeMap<>();
    if (engineConfiguration.isMetricsEnabled()) {
      for (String metric : JOB_EXECUTOR_METRICS) {
        long counted = jobExecutorCount(metric);
        // never down: see jobExecutorCount
        jobExecutor.put(metric, previous == null ? counted : Math.max(counted, previous.jobExecutor().get(metric)));
      }
    }
    return new Figures(now, open, overdue, outbox.countByStatus(NotificationStatus.PENDING),
        outbox.countByStatus(NotificationStatus.FAILED), backlog, jobExecutor);
  }

  /**
   * This node's count: what the engine has written to its metrics log under this node's reporter id,
   * plus what it has counted in memory since (it writes every few minutes). Between taking the
   * memory's count and writing it, the engine holds it in neither place for a moment, which would
   * make the sum dip; the caller keeps the higher of the two readings.
   */
  private long jobExecutorCount(String metric) {
    Meter unreported = engineConfiguration.getMetricsRegistry().getDbMeterByName(metric);
    return management.createMetricsQuery().name(metric).reporter(reporterId).sum()
        + (unreported == null ? 0 : unreported.get());
  }
}
