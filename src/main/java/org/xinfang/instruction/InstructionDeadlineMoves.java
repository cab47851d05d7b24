package org.xinfang.instruction;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.EngineClock;
import org.xinfang.deadline.LimitMover;
import org.xinfang.deadline.RunningLimit;
import org.xinfang.instruction.InstructionProcess.Elements;
import org.xinfang.instruction.InstructionProcess.Variables;
import org.xinfang.workflow.TimerMoves;
import org.xinfang.workflow.TimerMoves.Deadline;

/**
 * Moves a leader's instruction's deadline still running when a holiday schedule loaded or corrected
 * later counts it to another day: its timer and its reminder's, the addressee's task, the
 * instruction's due date and the case's timeline. A deadline that passed while the addressee had not
 * reported, and is not due after all, is reopened: the overdue mark withdrawn, the deadline armed
 * again (a reminder already given is not given twice), and its supervision closed as started in error.
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
  private final InstructionAlerts alerts;

  InstructionDeadlineMoves(TimerMoves timers, LeaderInstructionRepository instructions, PetitionCaseRepository cases,
      CaseTimeline timeline, InstructionDeadline deadlines, InstructionAlerts alerts) {
    this.timers = timers;
    this.instructions = instructions;
    this.cases = cases;
    this.timeline = timeline;
    this.deadlines = deadlines;
    this.alerts = alerts;
  }

  @Override
  public String owner() {
    return InstructionDeadline.OWNER;
  }

  @Override
  public Outcome move(RunningLimit limit, DueDate recounted, String reason) {
    String processId = limit.key();
    Instant newDue = recounted.dueAt();
    Optional<Date> waited = timers.move(processId, DEADLINE, Date.from(newDue));
    if (waited.isPresent()) {
      LeaderInstruction instruction = instructionOf(processId);
      instruction.deadlineStarted(newDue);
      if (timers.variable(processId, InstructionDeadline.REMINDER_WORKING_DAYS) instanceof Integer lead) {
        timers.moveReminder(processId, Elements.REMINDER, Variables.REMINDER_DATE,
            deadlines.reminderDate(newDue, lead));
      }
      timeline.record(caseOf(limit), EventType.LIMIT_MOVED,
          LimitMover.moved(InstructionAlerts.label(instruction), waited.get().toInstant(), recounted, reason, null));
      return Outcome.MOVED;
    }
    if (!timers.waits(processId, Elements.CARRY_OUT)) {
      return Outcome.ENDED;
    }
    LeaderInstruction instruction = instructionOf(processId);
    if (!instruction.deadlineMissedWhileOpen()) {
      return Outcome.ENDED;
    }
    PetitionCase petitionCase = caseOf(limit);
    String label = InstructionAlerts.label(instruction);
    timeline.record(petitionCase, EventType.LIMIT_MOVED,
        LimitMover.moved(label, instruction.getDueAt(), recounted, reason, null));
    if (!newDue.isAfter(EngineClock.now())) {
      instruction.deadlineStarted(newDue);
      timers.dated(processId, DEADLINE, Date.from(newDue));
      return Outcome.MOVED;
    }
    boolean reminded = !timers.timerWaits(processId, Elements.REMINDER);
    instruction.deadlineReopened(newDue);
    timeline.record(petitionCase, EventType.LIMIT_REOPENED, LimitMover.reopened(label, newDue));
    // entering the addressee's task in a new carrying out arms the deadline and its reminder again
    timers.reenter(processId, Elements.CARRYING_OUT, Elements.CARRY_OUT);
    if (reminded) {
      timers.cancelTimer(processId, Elements.REMINDER);
    }
    alerts.reopened(petitionCase, instruction, reason);
    return Outcome.REOPENED;
  }

  private LeaderInstruction instructionOf(String processId) {
    return instructions.findById(((Number) timers.variable(processId, Variables.INSTRUCTION_ID)).longValue())
        .orElseThrow();
  }

  private PetitionCase caseOf(RunningLimit limit) {
    return cases.findById(limit.caseId()).orElseThrow();
  }
}
