package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.xinfang.casefile.CaseStatus.AWAITING_ACCEPTANCE;
import static org.xinfang.casefile.CaseStatus.AWAITING_ROUTING;
import static org.xinfang.casefile.CaseStatus.IN_HANDLING;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPTANCE_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPT_ITEM;
import static org.xinfang.workflow.PetitionProcess.Elements.DECIDE_ROUTING;
import static org.xinfang.workflow.PetitionProcess.Elements.HANDLE_CASE;
import static org.xinfang.workflow.PetitionProcess.Elements.REPLY_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.ROUTING_DEADLINE;
import static org.xinfang.workflow.StepForms.accept;
import static org.xinfang.workflow.StepForms.transferTo;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.EventType;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.notification.Notification;
import org.xinfang.notification.Notifications;
import org.xinfang.organization.Roles;
import org.xinfang.supervision.SupervisionProcess;
import org.xinfang.supervision.SupervisionProcess.Elements;
import org.xinfang.supervision.SupervisionProcess.Variables;

/**
 * A passed limit puts the case under supervision (《信访工作条例》第三十九条、第四十条): the mediation room's
 * notice, the ladder climbing rung by rung while the unit stays silent, and the end of it all when
 * the unit reports back or the case is answered.
 */
@PetitionProcessContext
class SupervisionLadderTest {

  private static final String UNIT_HANDLERS = Roles.unitHandlers(CHENGBEI);
  private static final String UNIT_LEADERS = Roles.unitLeaders(CHENGBEI);

  @Autowired PetitionCases cases;
  @Autowired Notifications notifications;
  @Autowired FilterService filters;
  @Autowired RuntimeService runtime;

  @Test
  void theLadderClimbsEveryRungUntilTheUnitReportsBack() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    clockAt("2026-09-15T00:00");
    execute(job(REPLY_DEADLINE));

    ProcessInstance supervision = supervisionOf(process);
    assertThat(supervision).isWaitingAt(Elements.ISSUE_NOTICE).variables()
        .containsEntry(Variables.LIMIT, "REPLY")
        .containsEntry(PetitionProcess.Variables.CASE_NUMBER, process.getBusinessKey())
        .containsEntry(Variables.RESPONSIBLE_NAME, "城北街道")
        .containsEntry(Variables.RESPONSIBLE_GROUP, UNIT_HANDLERS)
        .containsEntry(Variables.RESPONSIBLE_LEADERS, UNIT_LEADERS);
    assertThat(task(Elements.ISSUE_NOTICE, supervision)).hasCandidateGroup(Roles.MEDIATION_ROOM);
    assertThat(taskService().getVariableLocal(task(Elements.ISSUE_NOTICE, supervision).getId(), "caseContent"))
        .as("the notice form shows the case").asString().contains("拖欠工资");
    List<Task> supervisionTasks = filters.list(filterId("督办事项"));
    assertThat(supervisionTasks).extracting(Task::getTaskDefinitionKey).contains(Elements.ISSUE_NOTICE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess().isOverdue()
        .hasEvent(EventType.SUPERVISION_STARTED, "答复期限已届满，启动超期督办，督办对象：城北街道");

    Task issue = task(Elements.ISSUE_NOTICE, supervision);
    String opening = (String) taskService().getVariableLocal(issue.getId(), NoticePreviews.NOTICE_OPENING);
    String closing = (String) taskService().getVariableLocal(issue.getId(), NoticePreviews.NOTICE_CLOSING);
    clockAt("2026-09-15T10:00");
    complete(issue, withVariables(Variables.NOTICE_TEXT, "请立即组织调查，依法答复信访人。", Variables.FEEDBACK_DAYS, 5));

    assertThat(supervision).isWaitingAt(Elements.ANSWER_SUPERVISION);
    Task feedback = task(Elements.ANSWER_SUPERVISION, supervision);
    assertThat(feedback).hasCandidateGroup(UNIT_HANDLERS);
    // Five days from Tue 09-15: the feedback is due when the urging timer fires.
    assertThat(job(Elements.URGE_TIMER, supervision).getDuedate()).isEqualTo(feedback.getDueDate())
        .isAfter(Date.from(PetitionCases.chinaTime("2026-09-20T00:00")));
    assertThat(noticesTo(process, UNIT_HANDLERS)).containsExactly("督办通知");
    // the form previewed this very notice around the room's text; only the feedback day was to come
    String dueOn = ChinaTime.DAY.format(feedback.getDueDate().toInstant());
    assertThat(notifications.of(cases.record(process)))
        .filteredOn(notification -> notification.getNotice().equals("督办通知")).isNotEmpty()
        .allSatisfy(notification -> assertThat(notification.getBody())
            .isEqualTo(opening + "请立即组织调查，依法答复信访人。" + closing.replace("【反馈期限】", dueOn)));
    cases.assertThatCase(process).agreesWithProcess()
        .hasEvent(EventType.SUPERVISION_NOTICE, "请立即组织调查，依法答复信访人。")
        .hasEvent(EventType.NOTICE_ISSUED, "向城北街道发出督办通知");

    execute(job(Elements.URGE_TIMER, supervision));
    assertThat(supervision).isWaitingAt(Elements.ANSWER_SUPERVISION, Elements.SUPERVISE_TIMER);
    cases.assertThatCase(process).hasEvent(EventType.SUPERVISION_ESCALATED, "催办：城北街道逾期未反馈督办");
    assertThat(noticesTo(process, UNIT_HANDLERS)).containsExactly("督办通知", "催办通知");

    execute(job(Elements.SUPERVISE_TIMER, supervision));
    assertThat(supervision).isWaitingAt(Elements.ANSWER_SUPERVISION, Elements.LIST_TIMER);
    cases.assertThatCase(process).hasEvent(EventType.SUPERVISION_ESCALATED, "督办：城北街道")
        .hasEvent(EventType.NOTICE_ISSUED, "督办：通知城北街道负责人");
    assertThat(noticesTo(process, UNIT_LEADERS)).containsExactly("督办通知");

    execute(job(Elements.LIST_TIMER, supervision));
    assertThat(supervision).isWaitingAt(Elements.ANSWER_SUPERVISION, Elements.BUREAU_LEADERS_TIMER);
    cases.assertThatCase(process).hasEvent(EventType.SUPERVISION_ESCALATED, "挂牌督办、约谈、通报：城北街道");
    assertThat(noticesTo(process, Roles.SUPERVISORS)).containsExactly("挂牌督办、约谈、通报通知");

    execute(job(Elements.BUREAU_LEADERS_TIMER, supervision));
    assertThat(supervision).isWaitingAt(Elements.ANSWER_SUPERVISION, Elements.BUREAU_LEADERS_SUPERVISE,
        Elements.DISTRICT_LEADERS_TIMER);
    assertThat(task(Elements.BUREAU_LEADERS_SUPERVISE, supervision)).hasCandidateGroup(Roles.BUREAU_LEADERS);
    assertThat(noticesTo(process, Roles.BUREAU_LEADERS)).containsExactly("报局领导督办通知");
    complete(task(Elements.BUREAU_LEADERS_SUPERVISE, supervision),
        withVariables(Variables.LEADER_INSTRUCTION, "请城北街道主要负责人亲自过问，三日内办结。"));
    cases.assertThatCase(process).hasEvent(EventType.SUPERVISION_INSTRUCTED, "请城北街道主要负责人亲自过问");

    execute(job(Elements.DISTRICT_LEADERS_TIMER, supervision));
    assertThat(supervision).isWaitingAt(Elements.ANSWER_SUPERVISION, Elements.DISTRICT_LEADERS_SUPERVISE);
    assertThat(task(Elements.DISTRICT_LEADERS_SUPERVISE, supervision)).hasCandidateGroup(Roles.DISTRICT_LEADERS);
    assertThat(noticesTo(process, Roles.DISTRICT_LEADERS)).containsExactly("报区领导督办通知");
    cases.assertThatCase(process).hasEvent(EventType.NOTICE_ISSUED, "报区领导督办：通知区领导");
    cases.assertThatCase(process).hasEvents(EventType.SUPERVISION_ESCALATED, 5);

    complete(task(Elements.ANSWER_SUPERVISION, supervision),
        withVariables(Variables.FEEDBACK_TEXT, "已约谈用人单位，工资将于本周内补发，答复意见正在审批。"));

    assertThat(supervision).isEnded();
    assertThat(process).isWaitingAt(HANDLE_CASE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess()
        .hasEvent(EventType.SUPERVISION_FEEDBACK, "城北街道反馈督办：已约谈用人单位")
        .hasEvent(EventType.SUPERVISION_ENDED, "城北街道已反馈督办，督办结束");
  }

  @Test
  void aNoticeNotIssuedWithinItsDeadlineIsReportedToTheBureauLeaders() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    clockAt("2026-09-15T00:00");
    execute(job(REPLY_DEADLINE));
    ProcessInstance supervision = supervisionOf(process);

    // Two working days from Tue 09-15: Thu 09-17, the day the issuing task is due.
    Task notice = task(Elements.ISSUE_NOTICE, supervision);
    assertThat(job(Elements.NOTICE_DEADLINE, supervision)).hasDueDate(PetitionCases.endOf("2026-09-17"));
    assertThat(notice.getDueDate()).isEqualTo(PetitionCases.endOf("2026-09-17"));

    clockAt("2026-09-18T00:00");
    execute(job(Elements.NOTICE_DEADLINE, supervision));

    assertThat(supervision).isWaitingAt(Elements.ISSUE_NOTICE);
    cases.assertThatCase(process)
        .hasEvent(EventType.SUPERVISION_ESCALATED, "调纠室逾期未向城北街道发出督办通知，报局领导")
        .hasEvent(EventType.NOTICE_ISSUED, "督办通知逾期未发出：通知局领导");
    assertThat(noticesTo(process, Roles.BUREAU_LEADERS)).containsExactly("督办通知逾期");
    assertThat(noticesTo(process, Roles.MEDIATION_ROOM)).containsExactly("督办通知逾期");

    complete(notice, withVariables(Variables.NOTICE_TEXT, "请立即办理。", Variables.FEEDBACK_DAYS, 5));
    assertThat(supervision).isWaitingAt(Elements.ANSWER_SUPERVISION);
  }

  @Test
  void aNoticeIssuedInTimeLeavesNoDeadlineBehind() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    clockAt("2026-09-15T00:00");
    execute(job(REPLY_DEADLINE));
    ProcessInstance supervision = supervisionOf(process);

    complete(task(Elements.ISSUE_NOTICE, supervision),
        withVariables(Variables.NOTICE_TEXT, "请立即办理。", Variables.FEEDBACK_DAYS, 5));

    assertThat(processInstanceQuery().processInstanceId(supervision.getId()).count()).isOne();
    assertThat(BpmnAwareTests.jobQuery().processInstanceId(supervision.getId())
        .activityId(Elements.NOTICE_DEADLINE).count()).isZero();
  }

  @Test
  void takingTheOverdueStepEndsTheSupervisionOfThatLimit() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));
    clockAt("2026-07-28T00:00");
    execute(job(ACCEPTANCE_DEADLINE));
    ProcessInstance supervision = supervisionOf(process);
    complete(task(Elements.ISSUE_NOTICE, supervision),
        withVariables(Variables.NOTICE_TEXT, "请于收到通知后即日受理。", Variables.FEEDBACK_DAYS, 3));
    execute(job(Elements.URGE_TIMER, supervision));
    cases.assertThatCase(process).hasStatus(AWAITING_ACCEPTANCE).agreesWithProcess();

    clockAt("2026-07-30T09:00");
    complete(task(ACCEPT_ITEM, process), accept());

    assertThat(supervision).isEnded();
    assertThat(process).isWaitingAt(HANDLE_CASE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess()
        .hasNoEvent(EventType.SUPERVISION_FEEDBACK)
        .hasEvents(EventType.SUPERVISION_ENDED, 1)
        .hasEvent(EventType.SUPERVISION_ENDED, "城北街道已办理超期事项，督办结束");
  }

  @Test
  void theRoutingLimitSupervisesThePetitionRoomOnceUntilItDecides() {
    ProcessInstance process = cases.registeredOnFriday3July();
    clockAt("2026-07-21T00:00");
    execute(job(ROUTING_DEADLINE));
    ProcessInstance supervision = supervisionOf(process);
    assertThat(supervision).variables()
        .containsEntry(Variables.LIMIT, "ROUTING")
        .containsEntry(Variables.RESPONSIBLE_GROUP, Roles.PETITION_ROOM)
        .containsEntry(Variables.RESPONSIBLE_LEADERS, Roles.BUREAU_LEADERS);

    // The overdue step recorded again while its supervision runs starts no second one.
    runtime.createProcessInstanceModification(process.getId()).startBeforeActivity("Task_RecordRoutingOverdue").execute();
    assertThat(supervisions(process)).hasSize(1);
    cases.assertThatCase(process).hasStatus(AWAITING_ROUTING).agreesWithProcess()
        .hasEvents(EventType.LIMIT_EXPIRED, 2)
        .hasEvents(EventType.SUPERVISION_STARTED, 1);

    clockAt("2026-07-22T09:00");
    complete(task(DECIDE_ROUTING, process), transferTo(CHENGBEI));

    assertThat(supervision).isEnded();
    assertThat(supervisions(process)).isEmpty();
    cases.assertThatCase(process).hasStatus(AWAITING_ACCEPTANCE).agreesWithProcess()
        .hasEvent(EventType.SUPERVISION_ENDED, "信访室已办理超期事项，督办结束");
  }

  private static List<ProcessInstance> supervisions(ProcessInstance process) {
    return processInstanceQuery().processDefinitionKey(SupervisionProcess.KEY)
        .processInstanceBusinessKey(process.getBusinessKey()).list();
  }

  private static ProcessInstance supervisionOf(ProcessInstance process) {
    List<ProcessInstance> running = supervisions(process);
    assertThat(running).as("supervisions of %s", process.getBusinessKey()).hasSize(1);
    return running.get(0);
  }

  private List<String> noticesTo(ProcessInstance process, String group) {
    return notifications.of(cases.record(process)).stream()
        .filter(notification -> group.equals(notification.getRecipient()))
        .map(Notification::getNotice)
        .toList();
  }

  private String filterId(String name) {
    return filters.createFilterQuery().filterName(name).singleResult().getId();
  }
}
