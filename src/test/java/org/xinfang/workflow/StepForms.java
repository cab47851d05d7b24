package org.xinfang.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.xinfang.workflow.PetitionProcess.Answers.ACCEPT;
import static org.xinfang.workflow.PetitionProcess.Answers.APPROVE;
import static org.xinfang.workflow.PetitionProcess.Answers.OBJECT;
import static org.xinfang.workflow.PetitionProcess.Answers.REJECT;
import static org.xinfang.workflow.PetitionProcess.Answers.REPLY;
import static org.xinfang.workflow.PetitionProcess.Answers.REQUEST_EXTENSION;
import static org.xinfang.workflow.PetitionProcess.Answers.RETURN;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.xinfang.casefile.ReplyOutcome;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.workflow.PetitionProcess.Variables;

/** What each task's form submits when the handler fills it in correctly. */
final class StepForms {

  static final String ROUTING_OPINION = "经审查，属于该单位职责范围，请依法办理。";
  static final String OBJECTION_REASON = "该事项涉及社会保险待遇核定，属区人社局职责，不属本街道职责范围。";
  static final String REPLY_TEXT = "经调查核实，已督促用人单位于本月底前补发拖欠工资。";
  static final String COMPLETION_REPORT = "已召集劳资双方调解，签订还款协议，首期款项已到账。";
  static final String EXTENSION_REASON = "涉及多个部门，需进一步调查取证。";

  private StepForms() {}

  /** A text the task's form shows, as Tasklist reads it: long texts come as a JSON string. */
  static String text(TaskService tasks, Task task, String name) {
    Object value = tasks.getVariableLocal(task.getId(), name);
    return value instanceof SpinJsonNode json ? json.stringValue() : (String) value;
  }

  // ---- 信访室: Task_DecideRouting

  static Map<String, Object> transferTo(String unitCode) {
    return withVariables(
        Variables.ROUTING_DECISION, RoutingDecision.TRANSFER.name(),
        Variables.ROUTING_OPINION, ROUTING_OPINION,
        Variables.RESPONSIBLE_UNIT, unitCode);
  }

  static Map<String, Object> assignTo(String unitCode, int days) {
    return withVariables(
        Variables.ROUTING_DECISION, RoutingDecision.ASSIGN.name(),
        Variables.ROUTING_OPINION, ROUTING_OPINION,
        Variables.RESPONSIBLE_UNIT, unitCode,
        Variables.ASSIGNMENT_DAYS, days);
  }

  /** A decision that ends the case at the petition room: not accepted, or routed out of 信访. */
  static Map<String, Object> decide(RoutingDecision decision, String opinion) {
    return withVariables(
        Variables.ROUTING_DECISION, decision.name(),
        Variables.ROUTING_OPINION, opinion);
  }

  // ---- the responsible unit: Task_AcceptItem, Task_HandleCase

  static Map<String, Object> accept() {
    return withVariables(
        Variables.UNIT_ANSWER, ACCEPT,
        Variables.ACCEPTANCE_NOTE, "将于法定期限内调查处理并书面答复。");
  }

  static Map<String, Object> object() {
    return withVariables(
        Variables.UNIT_ANSWER, OBJECT,
        Variables.OBJECTION_REASON, OBJECTION_REASON);
  }

  static Map<String, Object> reply() {
    return withVariables(
        Variables.HANDLING_ACTION, REPLY,
        Variables.REPLY_OUTCOME, ReplyOutcome.SUPPORTED.name(),
        Variables.REPLY_TEXT, REPLY_TEXT);
  }

  static Map<String, Object> replyWithReport() {
    return withVariables(
        Variables.HANDLING_ACTION, REPLY,
        Variables.REPLY_OUTCOME, ReplyOutcome.SUPPORTED.name(),
        Variables.REPLY_TEXT, REPLY_TEXT,
        Variables.COMPLETION_REPORT, COMPLETION_REPORT);
  }

  static Map<String, Object> requestExtension(int days) {
    return withVariables(
        Variables.HANDLING_ACTION, REQUEST_EXTENSION,
        Variables.EXTENSION_DAYS, days,
        Variables.EXTENSION_REASON, EXTENSION_REASON);
  }

  // ---- the unit leader: Task_ApproveExtension, Task_ApproveReply

  static Map<String, Object> approveExtension() {
    return withVariables(Variables.EXTENSION_DECISION, APPROVE);
  }

  static Map<String, Object> refuseExtension(String note) {
    return withVariables(
        Variables.EXTENSION_DECISION, REJECT,
        Variables.EXTENSION_NOTE, note);
  }

  static Map<String, Object> approveReply() {
    return withVariables(Variables.REPLY_DECISION, APPROVE);
  }

  static Map<String, Object> returnReply(String note) {
    return withVariables(
        Variables.REPLY_DECISION, RETURN,
        Variables.REPLY_NOTE, note);
  }

  // ---- 信访室: Task_ReviewCompletionReport

  static Map<String, Object> approveReport() {
    return withVariables(Variables.REPORT_DECISION, APPROVE);
  }

  static Map<String, Object> returnReport(String note) {
    return withVariables(
        Variables.REPORT_DECISION, RETURN,
        Variables.REPORT_NOTE, note);
  }
}
