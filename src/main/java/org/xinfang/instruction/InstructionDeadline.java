package org.xinfang.instruction;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.EventType;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.Counting;
import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.EngineClock;
import org.xinfang.deadline.RunningLimits;
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
  private final RunningLimits running;

  InstructionDeadline(InstructionFiles files, DueDateCalculator calculator, CaseTimeline timeline,
      InstructionAlerts alerts, RunningLimits running) {
    this.files = files;
    this.calculator = calculator;
    this.timeline = timeline;
    this.alerts = alerts;
    this.running = running;
  }

  /** The owner of instructions' deadlines among the running limits ({@link InstructionDeadlineMoves}). */
  static final String OWNER = "INSTRUCTION";
  /** The process variable with the reminder's lead time, for a deadline that moves later. */
  static final String REMINDER_WORKING_DAYS = "instructionReminderWorkingDays";

  /** The deadline timer: {@code days} calendar days from the day of the instruction, counted like every legal period. */
  public Date days(DelegateExecution execution, int days) {
    LeaderInstruction instruction = files.instructionOf(execution);
    DueDate counted = running.start(instruction.getCaseId(), OWNER, execution.getProcessInstanceId(),
        ChinaTime.dayOf(instruction.getInstructedAt()), days, Counting.CALENDAR_DAYS);
    Instant dueAt = counted.dueAt();
    // armed again after a recount reopened it, to the day the timeline already says
    if (!dueAt.equals(instruction.getDueAt())) {
      instruction.deadlineStarted(dueAt);
      timeline.record(files.caseOf(execution), EventType.LIMIT_SET, InstructionAlerts.label(instruction) + days
          + "日，" + ChinaTime.DAY.format(dueAt) + "届满" + counted.provisionalNote());
    }
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
    Date date = reminderDate(dueAt(files.instructionOf(execution), days), workingDays);
    execution.setVariable(Variables.REMINDER_DATE, date);
    execution.setVariable(REMINDER_WORKING_DAYS, workingDays);
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

  /** {@code workingDays} working days before the deadline {@code due}, or now if that has passed. */
  Date reminderDate(Instant due, int workingDays) {
    Instant at = calculator.workingDaysBefore(due, workingDays);
    Instant now = EngineClock.now();
    return Date.from(at.isBefore(now) ? now : at);
  }

  private Instant dueAt(LeaderInstruction instruction, int days) {
    return calculator.afterDays(instruction.getInstructedAt(), days);
  }
}
