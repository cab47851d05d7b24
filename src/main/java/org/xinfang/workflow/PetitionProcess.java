package org.xinfang.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.deadline.LegalLimit;

/** The names the petition process model and the code share: element ids and variable names. */
@Component
public final class PetitionProcess implements CaseProcess {

  public static final String KEY = "PetitionCase";

  PetitionProcess() {}

  @Override
  public Set<String> keys() {
    return Set.of(KEY);
  }

  @Override
  public Map<String, List<String>> freshAnswers() {
    return Map.of(
        Elements.DECIDE_ROUTING, List.of(Variables.ROUTING_DECISION, Variables.ROUTING_OPINION),
        Elements.ACCEPT_ITEM, List.of(Variables.UNIT_ANSWER, Variables.ACCEPTANCE_NOTE, Variables.OBJECTION_REASON),
        Elements.HANDLE_CASE, List.of(Variables.HANDLING_ACTION),
        Elements.APPROVE_EXTENSION, List.of(Variables.EXTENSION_DECISION, Variables.EXTENSION_NOTE),
        Elements.APPROVE_REPLY, List.of(Variables.REPLY_DECISION, Variables.REPLY_NOTE),
        Elements.REVIEW_REPORT, List.of(Variables.REPORT_DECISION, Variables.REPORT_NOTE));
  }

  @Override
  public Map<String, String> limitNames() {
    String reply = LegalLimit.REPLY.label();
    return Map.of(
        Elements.DECIDE_ROUTING, LegalLimit.ROUTING.label(),
        Elements.ACCEPT_ITEM, LegalLimit.ACCEPTANCE.label(),
        Elements.HANDLE_CASE, reply,
        Elements.APPROVE_EXTENSION, reply,
        Elements.APPROVE_REPLY, reply,
        Elements.REVIEW_REPORT, reply);
  }

  @Override
  public Map<CaseStatus, Waiting> carries() {
    return Map.of(
        CaseStatus.AWAITING_ROUTING, waitingIn(Elements.DECIDE_ROUTING),
        CaseStatus.AWAITING_ACCEPTANCE, waitingIn(Elements.ACCEPT_ITEM),
        CaseStatus.IN_HANDLING, waitingIn(Elements.HANDLE_CASE),
        CaseStatus.EXTENSION_PENDING, waitingIn(Elements.APPROVE_EXTENSION),
        CaseStatus.REPLY_PENDING_APPROVAL, waitingIn(Elements.APPROVE_REPLY),
        CaseStatus.REPORT_PENDING_REVIEW, waitingIn(Elements.REVIEW_REPORT));
  }

  private static Waiting waitingIn(String task) {
    return new Waiting(KEY, Set.of(task));
  }

  /** Element ids of processes/petition-case.bpmn. */
  public static final class Elements {
    public static final String DECIDE_ROUTING = "Task_DecideRouting";
    public static final String ACCEPT_ITEM = "Task_AcceptItem";
    public static final String HANDLING = "Subprocess_Handling";
    public static final String HANDLE_CASE = "Task_HandleCase";
    public static final String APPROVE_EXTENSION = "Task_ApproveExtension";
    public static final String APPROVE_REPLY = "Task_ApproveReply";
    public static final String REVIEW_REPORT = "Task_ReviewCompletionReport";
    public static final String ROUTING_DEADLINE = "Timer_RoutingDeadline";
    public static final String ACCEPTANCE_DEADLINE = "Timer_AcceptanceDeadline";
    public static final String OBJECTION_DEADLINE = "Timer_ObjectionDeadline";
    public static final String REPLY_DEADLINE = "Timer_ReplyDeadline";
    // Named so that the engine evaluates each limit's timer before its reminder.
    public static final String ROUTING_REMINDER = "Timer_RoutingLimitRemind";
    public static final String ACCEPTANCE_REMINDER = "Timer_AcceptanceLimitRemind";
    public static final String REPLY_REMINDER = "Timer_ReplyRemind";
    /** After an approved extension: the reply reminder again, on the extended due date. */
    public static final String EXTENDED_REPLY_REMINDER = "Timer_ExtendedReplyRemind";

    private Elements() {}
  }

  /**
   * Process variables: the few facts gateways, timers and Tasklist need. The case itself is the
   * process's business key, its case number.
   */
  public static final class Variables {
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CASE_TITLE = "caseTitle";
    public static final String CASE_CLASS = "caseClass";

    public static final String ROUTING_DECISION = "routingDecision";
    public static final String ROUTING_OPINION = "routingOpinion";
    public static final String RESPONSIBLE_UNIT = "responsibleUnit";
    public static final String ASSIGNMENT_DAYS = "assignmentDays";
    public static final String UNIT_NAME = "unitName";

    public static final String UNIT_ANSWER = "unitAnswer";
    public static final String ACCEPTANCE_NOTE = "acceptanceNote";
    public static final String OBJECTION_REASON = "objectionReason";

    public static final String HANDLING_ACTION = "handlingAction";
    public static final String EXTENSION_DAYS = "extensionDays";
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String EXTENSION_DECISION = "extensionDecision";
    public static final String EXTENSION_NOTE = "extensionNote";
    public static final String REPLY_OUTCOME = "replyOutcome";
    public static final String REPLY_TEXT = "replyText";
    public static final String COMPLETION_REPORT = "completionReport";
    public static final String REPLY_DECISION = "replyDecision";
    public static final String REPLY_NOTE = "replyNote";
    public static final String REPORT_DECISION = "reportDecision";
    public static final String REPORT_NOTE = "reportNote";

    private Variables() {}
  }

  /** The values the forms submit for each decision. */
  public static final class Answers {
    public static final String ACCEPT = "ACCEPT";
    public static final String OBJECT = "OBJECT";
    public static final String REPLY = "REPLY";
    public static final String REQUEST_EXTENSION = "REQUEST_EXTENSION";
    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";
    public static final String RETURN = "RETURN";

    private Answers() {}
  }
}
