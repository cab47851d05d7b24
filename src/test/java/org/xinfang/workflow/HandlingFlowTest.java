package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPT_ITEM;
import static org.xinfang.workflow.PetitionProcess.Elements.APPROVE_EXTENSION;
import static org.xinfang.workflow.PetitionProcess.Elements.HANDLE_CASE;
import static org.xinfang.workflow.PetitionProcess.Elements.OBJECTION_DEADLINE;
import static org.xinfang.workflow.StepForms.accept;
import static org.xinfang.workflow.StepForms.approveExtension;
import static org.xinfang.workflow.StepForms.object;
import static org.xinfang.workflow.StepForms.requestExtension;
import static org.xinfang.workflow.StepForms.transferTo;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.notification.Notification;
import org.xinfang.notification.NotificationRepository;
import org.xinfang.organization.Roles;
import org.xinfang.workflow.PetitionProcess.Answers;

/**
 * How the unit's work flows from step to step: the handler who accepted an item handles it without
 * claiming it again, the objection is offered only while it may be made, and the acceptance form
 * shows the notice the petitioner will receive.
 */
@PetitionProcessContext
class HandlingFlowTest {

  static final String HANDLER = "chengbei.jb";
  static final String LEADER = "chengbei.fz";

  @Autowired PetitionCases cases;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired NotificationRepository outbox;

  @Test
  void theHandlerWhoAcceptedAnItemHandlesItWithoutClaimingItAgainButNeverApprovesIt() {
    ProcessInstance process = cases.registeredOnFriday3July();
    clockAt("2026-07-10T09:00");
    completeAs("xfs.zhao", Roles.PETITION_ROOM, task(process), transferTo(CHENGBEI));
    assertThat(task(process)).as("the unit's task is not the room's").isNotAssigned();

    clockAt("2026-07-14T15:00");
    completeAs(HANDLER, Roles.unitHandlers(CHENGBEI), task(process), accept());
    assertThat(process).isWaitingAt(HANDLE_CASE);
    assertThat(task(process)).isAssignedTo(HANDLER);

    completeAs(HANDLER, Roles.unitHandlers(CHENGBEI), task(process), requestExtension(12));
    assertThat(process).isWaitingAt(APPROVE_EXTENSION);
    assertThat(task(process)).as("an approval waits for the unit's leader").isNotAssigned();

    completeAs(LEADER, Roles.unitLeaders(CHENGBEI), task(process), approveExtension());
    assertThat(process).isWaitingAt(HANDLE_CASE);
    assertThat(task(process)).as("the leader is not a handler").isNotAssigned();
  }

  @Test
  void theObjectionIsOfferedOnlyWhileItsWindowIsOpenAndRefusedAfterwards() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));
    Task acceptance = task(process);
    assertThat(offered(acceptance)).containsExactly(Answers.ACCEPT, Answers.OBJECT);
    assertThat(tasks.getVariableLocal(acceptance.getId(), ObjectionChoice.DUE_ON)).isEqualTo("2026-07-17 23:59");

    clockAt("2026-07-18T00:00");
    execute(job(OBJECTION_DEADLINE));

    assertThat(offered(acceptance)).containsExactly(Answers.ACCEPT);
    assertThat(tasks.getVariableLocal(acceptance.getId(), ObjectionChoice.DUE_ON))
        .isEqualTo("2026-07-17 23:59（已届满，不能再提出异议）");
    assertThatThrownBy(() -> complete(acceptance, object()))
        .hasRootCauseInstanceOf(InvalidStepInput.class)
        .hasRootCauseMessage("受理意见：异议期限已过，不能再提出异议（《信访工作条例》第二十三条第三款）");
    assertThat(process).isWaitingAt(ACCEPT_ITEM);
  }

  @Test
  void theAcceptanceFormPreviewsTheNoticeThatGoesOutAsOneLetter() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));
    Task acceptance = task(process);
    String opening = (String) tasks.getVariableLocal(acceptance.getId(), TaskBriefing.NOTICE_OPENING);
    String closing = (String) tasks.getVariableLocal(acceptance.getId(), TaskBriefing.NOTICE_CLOSING);
    assertThat(tasks.getVariableLocal(acceptance.getId(), TaskBriefing.NOTICE_TITLE)).isEqualTo("受理告知书");
    assertThat(opening + closing).as("the query code is the petitioner's, not the task's readers'")
        .doesNotContain(cases.record(process).getQueryCode());

    clockAt("2026-07-14T15:00");
    complete(acceptance, accept());

    PetitionCase record = cases.record(process);
    String caseNumber = record.getCaseNumber();
    String issued = "您反映的“反映某建筑公司拖欠农民工工资”（事项编号" + caseNumber + "），城北街道已于2026年7月14日受理。"
        + "将于法定期限内调查处理并书面答复。"
        + "您可凭事项编号" + caseNumber + "和查询码" + record.getQueryCode() + "查询办理进度。";
    assertThat(outbox.findByCaseIdOrderByIdAsc(record.getId())).filteredOn(n -> "受理告知书".equals(n.getNotice()))
        .extracting(Notification::getBody).isNotEmpty().containsOnly("张建国：" + issued);
    assertThat(opening.replace("【出具之日】", "2026年7月14日") + "将于法定期限内调查处理并书面答复。"
        + closing.replace("【查询码】", record.getQueryCode())).isEqualTo(issued);
  }

  /** The answers the acceptance form offers, as Tasklist hands them to its radio buttons. */
  private List<String> offered(Task task) {
    SpinJsonNode options = (SpinJsonNode) tasks.getVariableLocal(task.getId(), ObjectionChoice.OPTIONS);
    return options.elements().stream().map(option -> option.prop("value").stringValue()).toList();
  }

  /** Completes the task as a user of the group would in Tasklist. */
  private void completeAs(String userId, String group, Task task, Map<String, Object> form) {
    identity.setAuthentication(userId, List.of(group));
    try {
      complete(task, form);
    } finally {
      identity.clearAuthentication();
    }
  }
}
