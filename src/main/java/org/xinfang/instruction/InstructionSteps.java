package org.xinfang.instruction;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.EngineClock;
import org.xinfang.instruction.InstructionProcess.Answers;
import org.xinfang.instruction.InstructionProcess.Variables;
import org.xinfang.workflow.StepInputs;

/**
 * The tasks of the instruction model, called as {@code ${instructions.…}}: who carries the
 * instruction out and reports, and the leader's confirmation. Each runs in the engine's
 * transaction and writes the case's timeline.
 */
@Component("instructions")
public class InstructionSteps {

  private final InstructionFiles files;
  private final CaseTimeline timeline;
  private final InstructionAlerts alerts;

  InstructionSteps(InstructionFiles files, CaseTimeline timeline, InstructionAlerts alerts) {
    this.files = files;
    this.timeline = timeline;
    this.alerts = alerts;
  }

  /** Who carries the instruction out: the addressee its record names. */
  public List<String> addressees(DelegateExecution execution) {
    return List.of(files.instructionOf(execution).getAddresseeGroup());
  }

  /** Who confirms it was carried out: the leader who gave it, as its record says. */
  public List<String> leader(DelegateExecution execution) {
    return List.of(files.instructionOf(execution).getInstructedBy());
  }

  /** The addressee reports what it did. */
  public void reported(DelegateTask task) {
    String report = new StepInputs(task).text(Variables.REPORT, "落实情况", true, StepInputs.LONGEST_TEXT);
    LeaderInstruction instruction = files.instructionOf(task);
    instruction.reported(report, EngineClock.now());
    timeline.record(files.caseOf(task), EventType.INSTRUCTION_REPORTED, ref(task),
        instruction.getAddresseeName() + "报告批示落实情况：" + report);
  }

  /** The leader, or the mediation room on the leader's behalf, confirms the instruction carried out or sends it back. */
  public void reviewed(DelegateTask task) {
    StepInputs in = new StepInputs(task);
    String decision = in.oneOf(Variables.DECISION, "确认意见", Answers.CONFIRM, Answers.RETURN);
    String note = in.text(Variables.NOTE, "说明", Answers.RETURN.equals(decision), 1000);
    LeaderInstruction instruction = files.instructionOf(task);
    PetitionCase petitionCase = files.caseOf(task);
    Instant now = EngineClock.now();
    if (Answers.RETURN.equals(decision)) {
      boolean nowOverdue = instruction.returned(now);
      timeline.record(petitionCase, EventType.INSTRUCTION_RETURNED, ref(task), "批示落实情况退回"
          + instruction.getAddresseeName() + "继续落实：" + note);
      if (nowOverdue) {
        alerts.overdue(task, instruction, petitionCase);
      }
      return;
    }
    instruction.completed(now);
    timeline.record(petitionCase, EventType.INSTRUCTION_COMPLETED, ref(task), "确认批示已落实（"
        + (instruction.getMet() ? "按期" : "逾期") + "）" + (note == null ? "" : "：" + note));
    alerts.carriedOut(petitionCase, instruction);
  }

  private static TaskRef ref(DelegateTask task) {
    return new TaskRef(task.getId(), task.getName());
  }
}
