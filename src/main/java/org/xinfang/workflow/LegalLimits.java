package org.xinfang.workflow;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.EngineClock;
import org.xinfang.deadline.LegalLimit;

/**
 * Starts a legal time limit from a timer of the model, e.g.
 * {@code ${limits.days(execution, 'REPLY', 60)}}: the length is the model's, the counting is the
 * {@link DueDateCalculator}'s. The due date goes on the case record, on the timeline and into the
 * process variable {@code <limit>DueDate} that the waiting task shows as its due date. When the
 * timer fires, {@code ${limits.expired(execution, 'REPLY')}} marks the case overdue.
 */
@Component("limits")
public class LegalLimits {

  private final DueDateCalculator calculator;
  private final CaseFiles caseFiles;
  private final CaseTimeline timeline;
  private final TaskUrgency urgency;
  private final ApplicationEventPublisher events;

  LegalLimits(DueDateCalculator calculator, CaseFiles caseFiles, CaseTimeline timeline, TaskUrgency urgency,
      ApplicationEventPublisher events) {
    this.calculator = calculator;
    this.caseFiles = caseFiles;
    this.timeline = timeline;
    this.urgency = urgency;
    this.events = events;
  }

  /** A limit of calendar days counted from now. */
  public Date days(DelegateExecution execution, String limit, int days) {
    return start(execution, LegalLimit.valueOf(limit), calculator.countDays(ChinaTime.dayOf(EngineClock.now()), days));
  }

  /** A limit of working days counted from now. */
  public Date workingDays(DelegateExecution execution, String limit, int days) {
    return start(execution, LegalLimit.valueOf(limit),
        calculator.countWorkingDays(ChinaTime.dayOf(EngineClock.now()), days));
  }

  /**
   * A timer fired: the limit passed and the case is supervised until the step is taken. A step
   * already taken in time leaves nothing to record.
   */
  public void expired(DelegateExecution execution, String limitName) {
    LegalLimit limit = LegalLimit.valueOf(limitName);
    PetitionCase petitionCase = caseFiles.of(execution);
    if (petitionCase.limitExpired(limit)) {
      urgency.overdue(execution.getProcessInstanceId());
      timeline.record(petitionCase, EventType.LIMIT_EXPIRED, missed(limit));
      events.publishEvent(new LimitMissed(petitionCase, limit));
    } else if (limit == LegalLimit.OBJECTION) {
      timeline.record(petitionCase, EventType.OBJECTION_WINDOW_CLOSED,
          limit.label() + "届满，责任单位不能再提出异议（" + limit.article() + "）");
      ObjectionChoice.withdraw(execution);
    }
  }

  /** The timeline's words for a missed limit. */
  static String missed(LegalLimit limit) {
    return limit.label() + "已届满，事项超期（" + limit.article() + "）";
  }

  public static String dueDateVariable(LegalLimit limit) {
    String name = limit.name().toLowerCase();
    return name + "DueDate";
  }

  /** A transient variable of the limit's activity: the due date set in the current command, for its reminder. */
  static String startedMark(LegalLimit limit) {
    return dueDateVariable(limit) + "JustSet";
  }

  private Date start(DelegateExecution execution, LegalLimit limit, DueDate counted) {
    Instant dueAt = counted.dueAt();
    PetitionCase petitionCase = caseFiles.of(execution);
    petitionCase.limitStarted(limit, dueAt);
    timeline.record(petitionCase, EventType.LIMIT_SET, limit.label() + counted.length() + counted.counting().label()
        + "，" + ChinaTime.DAY.format(dueAt) + "届满（" + limit.article() + "）" + counted.provisionalNote());
    Date due = Date.from(dueAt);
    execution.setVariable(dueDateVariable(limit), due);
    execution.setVariableLocal(startedMark(limit), Variables.dateValue(due, true));
    return due;
  }
}
