package org.xinfang.instruction;

import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.LimitMover;
import org.xinfang.deadline.RunningLimit;
import org.xinfang.instruction.InstructionProcess.Elements;
import org.xinfang.instruction.InstructionProcess.Variables;
import org.xinfang.workflow.TimerMoves;
import org.xinfang.workflow.TimerMoves.Deadline;

/**
 * Moves a leader's instruction's deadline still running when a holiday schedule loaded or corrected
 * later counts it to another day: its timer and its reminder's, the addressee's task, the
 * instruction's due date and the case's timeline.
 */
@Component
class InstructionDeadlineMoves implements LimitMover {

  private static final Deadline DEADLINE = new Deadline(Elements.DEADLINE, Variables.DUE_DATE, Elements.CARRY_OUT,
      "批示落实期限");

  private final TimerMoves timers;
  private final LeaderInstructionRepository instructions;
  private final PetitionCaseRepository cases;
  private final CaseTimeline timeline;
  private final InstructionDeadline deadlines;

  InstructionDeadlineMoves(TimerMoves timers, LeaderInstructionRepository instructions, PetitionCaseRepository cases,
      CaseTimeline timeline, InstructionDeadline deadlines) {
    this.timers = timers;
    this.instructions = instructions;
    this.cases = cases;
    this.timeline = timeline;
    this.deadlines = deadlines;
  }

  @Override
  public String owner() {
    return InstructionDeadline.OWNER;
  }

  @Override
  public Outcome move(RunningLimit limit, DueDate recounted, String reason) {
    String processId = limit.key();
    Instant newDue = recounted.dueAt();
    return timers.move(processId, DEADLINE, Date.from(newDue)).map(before -> {
      LeaderInstruction instruction = instructions.findById(
          ((Number) timers.variable(processId, Variables.INSTRUCTION_ID)).longValue()).orElseThrow();
      instruction.deadlineStarted(newDue);
      if (timers.variable(processId, InstructionDeadline.REMINDER_WORKING_DAYS) instanceof Integer lead) {
        timers.moveReminder(processId, Elements.REMINDER, Variables.REMINDER_DATE,
            deadlines.reminderDate(newDue, lead));
      }
      timeline.record(cases.findById(limit.caseId()).orElseThrow(), EventType.LIMIT_MOVED,
          LimitMover.moved(InstructionAlerts.label(instruction), before.toInstant(), recounted, reason, null));
      return Outcome.MOVED;
    }).orElse(Outcome.ENDED);
  }
}
