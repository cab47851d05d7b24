package org.xinfang.instruction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.instruction.InstructionProcess.Variables;
import org.xinfang.notification.Notifications;
import org.xinfang.supervision.Supervisions;
import org.xinfang.supervision.Supervisions.Supervised;
import org.xinfang.workflow.TaskUrgency;

/**
 * What an instruction's deadline sets off: a reminder when it is near, supervision when it has
 * passed (Art. 39), the end of that supervision when the instruction is carried out.
 */
@Component
class InstructionAlerts {

  private final CaseTimeline timeline;
  private final Notifications notifications;
  private final TaskUrgency urgency;
  private final Supervisions supervision;

  InstructionAlerts(CaseTimeline timeline, Notifications notifications, TaskUrgency urgency, Supervisions supervision) {
    this.timeline = timeline;
    this.notifications = notifications;
    this.urgency = urgency;
    this.supervision = supervision;
  }

  /** The addressee is told the deadline is near. */
  void deadlineNear(DelegateExecution execution, LeaderInstruction instruction, PetitionCase petitionCase) {
    urgency.dueSoon(execution.getProcessInstanceId());
    notifications.toGroup(petitionCase, TaskRef.NONE, instruction.getAddresseeGroup(),
        InstructionNotices.deadlineNear(petitionCase, instruction));
    timeline.record(petitionCase, EventType.REMINDER_SENT, label(instruction) + "将于"
        + ChinaTime.DAY.format(instruction.getDueAt()) + "届满，已提醒" + instruction.getAddresseeName() + "落实");
  }

  /** The deadline passed with the instruction not carried out: overdue and supervised. */
  void overdue(VariableScope scope, LeaderInstruction instruction, PetitionCase petitionCase) {
    urgency.overdue(scope instanceof DelegateTask task ? task.getProcessInstanceId()
        : ((DelegateExecution) scope).getProcessInstanceId());
    timeline.record(petitionCase, EventType.INSTRUCTION_OVERDUE, label(instruction) + "已届满，"
        + instruction.getAddresseeName() + "未落实批示");
    supervision.start(petitionCase, new Supervised(supervisedKey(instruction), label(instruction),
        instruction.getAddresseeName(), instruction.getAddresseeGroup(),
        (String) scope.getVariable(Variables.ADDRESSEE_LEADERS)));
  }

  /** The deadline that passed is not due after all: its supervision was started in error. */
  void reopened(PetitionCase petitionCase, LeaderInstruction instruction, String reason) {
    supervision.withdraw(petitionCase, supervisedKey(instruction), label(instruction), reason);
  }

  /** The instruction was carried out: its supervision, if any, ends. */
  void carriedOut(PetitionCase petitionCase, LeaderInstruction instruction) {
    supervision.done(petitionCase, supervisedKey(instruction));
  }

  /** How supervision and the timeline name this instruction's deadline: 区领导批示落实期限. */
  static String label(LeaderInstruction instruction) {
    return instruction.getLeaderRole().label() + "批示落实期限";
  }

  /** The key its supervision is found by among the case's supervisions. */
  static String supervisedKey(LeaderInstruction instruction) {
    return "INSTRUCTION-" + instruction.getId();
  }
}
