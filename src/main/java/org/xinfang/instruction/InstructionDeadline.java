package org.xinfang.instruction;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.EventType;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.EngineClock;
import org.xinfang.instruction.InstructionProcess.Variables;

/**
 * The timers of the instruction model, called as {@code ${instructionDeadline.…}}: the deadline
 * the leader set, its reminder, and what happens when either fires.
 */
@Component("instructionDeadline")
public class InstructionDeadline {

  private final InstructionFiles files;
  private final DueDateCalculator calculator;
  private final CaseTimeline timeline;
  private final InstructionAlerts alerts;

  InstructionDeadline(InstructionFiles files, DueDateCalculator calculator, CaseTimeline timeline,
      InstructionAlerts alerts) {
    this.files = files;
    this.calculator = calculator;
    this.timeline = timeline;
    this.alerts = alerts;
  }

  /** The deadline timer: {@code days} calendar days from the day of the instruction, counted like every legal period. */
  public Date days(DelegateExecution execution, int days) {
    LeaderInstruction instruction = files.instructionOf(execution);
    DueDate counted = calculator.countDays(ChinaTime.dayOf(instruction.getInstructedAt()), days);
    Instant dueAt = counted.dueAt();
    instruction.deadlineStarted(dueAt);
    timeline.record(files.caseOf(execution), EventType.LIMIT_SET, InstructionAlerts.label(instruction) + days + "日，"
        + ChinaTime.DAY.format(dueAt) + "届满" + counted.provisionalNote());
    Date due = Date.from(dueAt);
    execution.setVariable(Variables.DUE_DATE, due);
    return due;
  }

  /**
   * The reminder timer: {@code workingDays} working days before the deadline, or at once when the
   * deadline is closer. Counted from the instruction itself, not from what the deadline timer stored,
   * so the engine may create the two timers in either order.
   */
  public Date reminder(DelegateExecution execution, int days, int workingDays) {
    Instant at = calculator.workingDaysBefore(dueAt(files.instructionOf(execution), days), workingDays);
    Instant now = EngineClock.now();
    Date date = Date.from(at.isBefore(now) ? now : at);
    execution.setVariable(Variables.REMINDER_DATE, date);
    return date;
  }

  /** The reminder fired: the addressee, if it has not reported yet, is told the deadline is near. */
  public void remind(DelegateExecution execution) {
    LeaderInstruction instruction = files.instructionOf(execution);
    if (instruction.getStatus() == InstructionStatus.OPEN) {
      alerts.deadlineNear(execution, instruction, files.caseOf(execution));
    }
  }

  /** The deadline passed: overdue and supervised, unless the addressee's report already awaits confirmation. */
  public void passed(DelegateExecution execution) {
    LeaderInstruction instruction = files.instructionOf(execution);
    if (instruction.deadlinePassed()) {
      alerts.overdue(execution, instruction, files.caseOf(execution));
    }
  }

  private Instant dueAt(LeaderInstruction instruction, int days) {
    return calculator.afterDays(instruction.getInstructedAt(), days);
  }
}
