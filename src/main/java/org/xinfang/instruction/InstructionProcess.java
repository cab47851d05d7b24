package org.xinfang.instruction;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xinfang.workflow.CaseProcess;

/** The names the instruction model and the code share: element ids, variable names and answers. */
@Component
public final class InstructionProcess implements CaseProcess {

  public static final String KEY = "LeaderInstruction";

  InstructionProcess() {}

  @Override
  public Set<String> keys() {
    return Set.of(KEY);
  }

  @Override
  public Map<String, List<String>> freshAnswers() {
    return Map.of(Elements.CONFIRM, List.of(Variables.DECISION, Variables.NOTE));
  }

  @Override
  public Map<String, String> limitNames() {
    return Map.of(Elements.CARRY_OUT, "批示落实期限");
  }

  /** Element ids of processes/leader-instruction.bpmn. */
  public static final class Elements {
    public static final String CARRY_OUT = "Task_CarryOutInstruction";
    /** Carrying out, confirming and carrying out again: the deadline and its reminder hang on it. */
    public static final String CARRYING_OUT = "Subprocess_CarryOut";
    public static final String CONFIRM = "Task_ConfirmInstruction";
    public static final String DEADLINE = "Timer_InstructionDeadline";
    // Its reminder counts from the instruction's own record, so the two timers may be created in any order.
    public static final String REMINDER = "Timer_InstructionDeadlineRemind";

    private Elements() {}
  }

  /** Process variables: which instruction, whom it is addressed to, and the answers of the forms. */
  public static final class Variables {
    public static final String INSTRUCTION_ID = "instructionId";
    public static final String INSTRUCTION_TEXT = "instructionText";
    public static final String INSTRUCTION_DAYS = "instructionDays";
    public static final String INSTRUCTED_BY = "instructedBy";
    public static final String LEADER_LABEL = "leaderLabel";
    public static final String ADDRESSEE_GROUP = "addresseeGroup";
    public static final String ADDRESSEE_NAME = "addresseeName";
    public static final String ADDRESSEE_LEADERS = "addresseeLeaders";
    public static final String DUE_DATE = "instructionDueDate";
    public static final String REMINDER_DATE = "instructionReminderDate";
    public static final String REPORT = "instructionReport";
    public static final String DECISION = "instructionDecision";
    public static final String NOTE = "instructionNote";

    private Variables() {}
  }

  /** What the leader's confirmation form submits. */
  public static final class Answers {
    public static final String CONFIRM = "CONFIRM";
    public static final String RETURN = "RETURN";

    private Answers() {}
  }
}
