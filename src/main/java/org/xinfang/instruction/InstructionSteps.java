package org.xinfang.instruction;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.instruction.InstructionProcess.Answers;
import org.xinfang.instruction.InstructionProcess.Variables;
import org.xinfang.notification.Notifications;
import org.xinfang.supervision.SupervisionSteps;
import org.xinfang.supervision.SupervisionSteps.Supervised;
import org.xinfang.workflow.CaseFileSteps;
import org.xinfang.workflow.CaseFiles;
import org.xinfang.workflow.EngineClock;
import org.xinfang.workflow.StepInputs;
import org.xinfang.workflow.TaskUrgency;

/**
 * The steps of the instruction model, called as {@code ${instructions.…}}: its deadline and
 * reminder, the addressee's report, the leader's confirmation, and supervision when the deadline
 * passes. Each runs in the engine's transaction and writes the case's timeline.
 */
@Component("instructions")
public class InstructionSteps {

  private final LeaderInstructionRepository instructions;
  private final CaseFiles caseFiles;
  private final DueDateCalculator calculator;
  private final CaseTimeline timeline;
  private final Notifications notifications;
  private final SupervisionSteps supervision;
  private final TaskUrgency urgency;

  InstructionSteps(LeaderInstructionRepository instructions, CaseFiles caseFiles, DueDateCalculator calculator,
      CaseTimeline timeline, Notifications notifications, SupervisionSteps supervision, TaskUrgency urgency) {
    this.urgency = urgency;
    this.instructions = instructions;
    this.caseFiles = caseFiles;
    this.calculator = calculator;
    this.timeline = timeline;
    this.notifications = notifications;
    this.supervision = supervision;
  }

  /** The deadline timer: {@code days} calendar days from the day of the instruction, counted like every legal period. */
  public Date deadline(DelegateExecution execution, int days) {
    LeaderInstruction instruction = instructionOf(execution);
    Instant dueAt = dueAt(instruction, days);
    instruction.deadlineStarted(dueAt);
    timeline.record(caseOf(execution), EventType.LIMIT_SET, label(instruction) + days + "日，"
        + ChinaTime.DAY.format(dueAt) + "届满");
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
    Instant at = calculator.workingDaysBefore(dueAt(instructionOf(execution), days), workingDays);
    Instant now = EngineClock.now();
    Date date = Date.from(at.isBefore(now) ? now : at);
    execution.setVariable(Variables.REMINDER_DATE, date);
    return date;
  }

  /** The reminder fired: the addressee, if it has not reported yet, is told the deadline is near. */
  public void remind(DelegateExecution execution) {
    LeaderInstruction instruction = instructionOf(execution);
    if (instruction.getStatus() != InstructionStatus.OPEN) {
      return;
    }
    PetitionCase petitionCase = caseOf(execution);
    urgency.dueSoon(execution.getProcessInstanceId());
    notifications.toGroup(petitionCase, TaskRef.NONE, instruction.getAddresseeGroup(),
        InstructionNotices.deadlineNear(petitionCase, instruction));
    timeline.record(petitionCase, EventType.REMINDER_SENT, label(instruction) + "将于"
        + ChinaTime.DAY.format(instruction.getDueAt()) + "届满，已提醒" + instruction.getAddresseeName() + "落实");
  }

  /** The addressee reports what it did. */
  public void reported(DelegateTask task) {
    String report = new StepInputs(task).text(Variables.REPORT, "落实情况", true, CaseFileSteps.LONGEST_TEXT);
    LeaderInstruction instruction = instructionOf(task);
    instruction.reported(report, EngineClock.now());
    timeline.record(caseOf(task), EventType.INSTRUCTION_REPORTED, ref(task),
        instruction.getAddresseeName() + "报告批示落实情况：" + report);
  }

  /** The leader, or the mediation room on the leader's behalf, confirms the instruction carried out or sends it back. */
  public void reviewed(DelegateTask task) {
    StepInputs in = new StepInputs(task);
    String decision = in.oneOf(Variables.DECISION, "确认意见", Answers.CONFIRM, Answers.RETURN);
    String note = in.text(Variables.NOTE, "说明", Answers.RETURN.equals(decision), 1000);
    LeaderInstruction instruction = instructionOf(task);
    PetitionCase petitionCase = caseOf(task);
    Instant now = EngineClock.now();
    if (Answers.RETURN.equals(decision)) {
      boolean nowOverdue = instruction.returned(now);
      timeline.record(petitionCase, EventType.INSTRUCTION_RETURNED, ref(task), "批示落实情况退回"
          + instruction.getAddresseeName() + "继续落实：" + note);
      if (nowOverdue) {
        overdue(task, instruction, petitionCase);
      }
      return;
    }
    instruction.completed(now);
    timeline.record(petitionCase, EventType.INSTRUCTION_COMPLETED, ref(task), "确认批示已落实（"
        + (instruction.getMet() ? "按期" : "逾期") + "）" + (note == null ? "" : "：" + note));
    supervision.done(petitionCase, supervisedKey(instruction));
  }

  /** The deadline passed: overdue and supervised, unless the addressee's report already awaits confirmation. */
  public void deadlinePassed(DelegateExecution execution) {
    LeaderInstruction instruction = instructionOf(execution);
    if (instruction.deadlinePassed()) {
      overdue(execution, instruction, caseOf(execution));
    }
  }

  private void overdue(VariableScope scope, LeaderInstruction instruction, PetitionCase petitionCase) {
    urgency.overdue(processInstanceOf(scope));
    timeline.record(petitionCase, EventType.INSTRUCTION_OVERDUE, label(instruction) + "已届满，"
        + instruction.getAddresseeName() + "未落实批示");
    supervision.start(petitionCase, new Supervised(supervisedKey(instruction), label(instruction),
        instruction.getAddresseeName(), instruction.getAddresseeGroup(),
        (String) scope.getVariable(Variables.ADDRESSEE_LEADERS)));
  }

  private static String processInstanceOf(VariableScope scope) {
    return scope instanceof DelegateTask task ? task.getProcessInstanceId()
        : ((DelegateExecution) scope).getProcessInstanceId();
  }

  private Instant dueAt(LeaderInstruction instruction, int days) {
    return calculator.afterDays(instruction.getInstructedAt(), days);
  }

  /** How supervision and the timeline name this instruction's deadline: 区领导批示落实期限. */
  static String label(LeaderInstruction instruction) {
    return instruction.getLeaderRole().label() + "批示落实期限";
  }

  /** The key its supervision is found by among the case's supervisions. */
  static String supervisedKey(LeaderInstruction instruction) {
    return "INSTRUCTION-" + instruction.getId();
  }

  /** Who carries the instruction out: the addressee its record names. */
  public List<String> addressees(DelegateExecution execution) {
    return List.of(instructionOf(execution).getAddresseeGroup());
  }

  /** Who confirms it was carried out: the leader who gave it, as its record says. */
  public List<String> leader(DelegateExecution execution) {
    return List.of(instructionOf(execution).getInstructedBy());
  }

  /** The instruction of this process, which must be one on the case its business key names. */
  private LeaderInstruction instructionOf(VariableScope scope) {
    Object id = scope.getVariable(Variables.INSTRUCTION_ID);
    if (!(id instanceof Number instructionId)) {
      throw new IllegalStateException("process has no instruction id");
    }
    LeaderInstruction instruction = instructions.findById(instructionId.longValue())
        .orElseThrow(() -> new IllegalStateException("no instruction " + id));
    if (!instruction.getCaseId().equals(caseOf(scope).getId())) {
      throw new IllegalStateException("instruction " + id + " is not on the case of this process");
    }
    return instruction;
  }

  private PetitionCase caseOf(VariableScope scope) {
    return caseFiles.of(scope);
  }

  private static TaskRef ref(DelegateTask task) {
    return new TaskRef(task.getId(), task.getName());
  }
}
