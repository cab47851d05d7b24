package org.xinfang.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.metrics.OperationsFigures.Figures;
import org.xinfang.notification.NotificationStatus;
import org.xinfang.notification.OutboxDeliveries;

/**
 * The application's meters beside Spring Boot's own (HTTP requests, JVM, connection pool): cases,
 * the outbox and the engine's job executor, as {@code /actuator/prometheus} shows them
 * (docs/metrics.md). Tags hold codes, never Chinese: a status's or a unit's code.
 */
@Component
class OperationsMeters implements MeterBinder {

  /** The outbox's delivery attempts, by what each left its notification: sent, waiting for a retry, failed for good. */
  private static final Map<NotificationStatus, String> OUTCOMES = Map.of(NotificationStatus.SENT, "sent",
      NotificationStatus.PENDING, "retry", NotificationStatus.FAILED, "failed");

  private final OperationsFigures figures;
  private final OutboxDeliveries deliveries;

  private MultiGauge overdue;
  private Set<String> overdueUnits = Set.of();

  OperationsMeters(OperationsFigures figures, OutboxDeliveries deliveries) {
    this.figures = figures;
    this.deliveries = deliveries;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (CaseStatus status : OperationsFigures.OPEN) {
      gauge("xinfang.cases.open", "Open cases in this status", counted -> counted.openByStatus().get(status))
          .tag("status", status.name()).register(registry);
    }
    overdue = MultiGauge.builder("xinfang.cases.overdue")
        .description("Open cases whose running legal limit has passed, by the unit that must act (petition-room: none yet)")
        .register(registry);
    gauge("xinfang.outbox.pending", "Notifications waiting in the outbox, retries included",
        Figures::outboxPending).register(registry);
    gauge("xinfang.outbox.failed", "Notifications whose every attempt failed, left for an administrator",
        Figures::outboxFailed).register(registry);
    OUTCOMES.forEach((status, outcome) -> FunctionCounter.builder("xinfang.outbox.deliveries", deliveries,
            counts -> counts.attempts(status))
        .description("Delivery attempts of this node, by outcome")
        .tag("outcome", outcome).register(registry));
    gauge("camunda.jobs.backlog", "Jobs due to run now (retries left, not suspended) and not yet done",
        Figures::jobBacklog).register(registry);
    for (String metric : OperationsFigures.JOB_EXECUTOR_METRICS) {
      FunctionCounter.builder("camunda.jobs", this, meters -> meters.figures().jobExecutor().getOrDefault(metric, 0L))
          .description("The engine's own job executor counts on this node, by the engine's metric name")
          .tag("event", metric).register(registry);
    }
  }

  private Gauge.Builder<OperationsMeters> gauge(String name, String description,
      ToDoubleFunction<Figures> value) {
    return Gauge.builder(name, this, meters -> value.applyAsDouble(meters.figures())).description(description);
  }

  /**
   * The current figures; a unit that appeared or went since the last count gets or loses its row of
   * overdue cases, shown from the next scrape on.
   */
  private synchronized Figures figures() {
    Figures current = figures.current();
    if (!current.overdueByUnit().keySet().equals(overdueUnits)) {
      overdueUnits = Set.copyOf(current.overdueByUnit().keySet());
      overdue.register(overdueUnits.stream()
          .map(unit -> MultiGauge.Row.of(Tags.of("unit", unit), this,
              meters -> meters.figures().overdueByUnit().getOrDefault(unit, 0L)))
          .toList(), true);
    }
    return current;
  }
}
