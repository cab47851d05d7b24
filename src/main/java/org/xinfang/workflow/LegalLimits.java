package org.xinfang.workflow;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.LegalLimit;

/**
 * Starts a legal time limit from a timer of the model, e.g.
 * {@code ${limits.days(execution, 'REPLY', 60)}}: the length is the model's, the counting is the
 * {@link DueDateCalculator}'s. The due date goes on the case record, on the timeline and into the
 * process variable {@code <limit>DueDate} that the waiting task shows as its due date.
 */
@Component("limits")
public class LegalLimits {


  private final DueDateCalculator calculator;
  private final CaseFiles caseFiles;
  private final CaseTimeline timeline;

  LegalLimits(DueDateCalculator calculator, CaseFiles caseFiles, CaseTimeline timeline) {
    this.calculator = calculator;
    this.caseFiles = caseFiles;
    this.timeline = timeline;
  }

  /** A limit of calendar days counted from now. */
  public Date days(DelegateExecution execution, String limit, int days) {
    Instant now = EngineClock.now();
    return start(execution, LegalLimit.valueOf(limit), calculator.afterDays(now, days), days + "日");
  }

  /** A limit of working days counted from now. */
  public Date workingDays(DelegateExecution execution, String limit, int days) {
    Instant now = EngineClock.now();
    return start(execution, LegalLimit.valueOf(limit), calculator.afterWorkingDays(now, days), days + "个工作日");
  }

  public static String dueDateVariable(LegalLimit limit) {
    String name = limit.name().toLowerCase();
    return name + "DueDate";
  }

  /** A transient variable of the limit's activity: the due date set in the current command, for its reminder. */
  static String startedMark(LegalLimit limit) {
    return dueDateVariable(limit) + "JustSet";
  }

  private Date start(DelegateExecution execution, LegalLimit limit, Instant dueAt, String length) {
    PetitionCase petitionCase = caseFiles.of(execution);
    petitionCase.limitStarted(limit, dueAt);
    timeline.record(petitionCase, EventType.LIMIT_SET,
        limit.label() + length + "，" + ChinaTime.DAY.format(dueAt) + "届满（" + limit.article() + "）");
    Date due = Date.from(dueAt);
    execution.setVariable(dueDateVariable(limit), due);
    execution.setVariableLocal(startedMark(limit), Variables.dateValue(due, true));
    return due;
  }
}
