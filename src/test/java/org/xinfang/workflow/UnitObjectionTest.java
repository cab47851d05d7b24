package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.xinfang.casefile.CaseStatus.AWAITING_ACCEPTANCE;
import static org.xinfang.casefile.CaseStatus.AWAITING_ROUTING;
import static org.xinfang.casefile.CaseStatus.IN_HANDLING;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.RENSHE;
import static org.xinfang.workflow.PetitionCases.chinaTime;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionCases.endOf;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPTANCE_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPT_ITEM;
import static org.xinfang.workflow.PetitionProcess.Elements.DECIDE_ROUTING;
import static org.xinfang.workflow.PetitionProcess.Elements.HANDLE_CASE;
import static org.xinfang.workflow.PetitionProcess.Elements.OBJECTION_DEADLINE;
import static org.xinfang.workflow.StepForms.accept;
import static org.xinfang.workflow.StepForms.object;
import static org.xinfang.workflow.StepForms.transferTo;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.organization.Roles;
import org.xinfang.workflow.PetitionProcess.Variables;

/** A unit that finds an item outside its remit objects within 5 working days, with reasons (Art. 23 ¶3). */
@PetitionProcessContext
class UnitObjectionTest {

  @Autowired PetitionCases cases;

  @Test
  void objectionWithinTheWindowSendsTheItemBackToThePetitionRoomWhichRoutesItElsewhere() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));

    clockAt("2026-07-16T16:00");
    complete(task(), object());

    assertThat(process).isWaitingAt(DECIDE_ROUTING);
    assertThat(task()).hasCandidateGroup(Roles.PETITION_ROOM);
    assertThat(taskService().getVariableLocal(task().getId(), "caseHistory").toString())
        .contains("责任单位提出异议", "属区人社局职责");
    cases.assertThatCase(process).hasStatus(AWAITING_ROUTING).agreesWithProcess()
        .hasEvent(EventType.UNIT_OBJECTED, StepForms.OBJECTION_REASON)
        .satisfies(record -> {
          assertThat(record.getObjectedAt()).isEqualTo(chinaTime("2026-07-16T16:00"));
          assertThat(record.getObjectionReason()).isEqualTo(StepForms.OBJECTION_REASON);
          assertThat(record.getResponsibleUnitCode()).isNull();
        });

    clockAt("2026-07-17T09:00");
    complete(task(), transferTo(RENSHE));

    assertThat(process).isWaitingAt(ACCEPT_ITEM);
    assertThat(task()).hasCandidateGroup(Roles.unitHandlers(RENSHE)).hasDueDate(endOf("2026-08-03"));
    assertThat(jobQuery().processInstanceId(process.getId()).activityId(ACCEPTANCE_DEADLINE).count()).isEqualTo(1);
    assertThat(job(OBJECTION_DEADLINE)).hasDueDate(endOf("2026-07-24"));
    cases.assertThatCase(process).hasStatus(AWAITING_ACCEPTANCE).agreesWithProcess()
        .hasEvent(EventType.ROUTING_DECIDED, "转送至区人力资源和社会保障局")
        .hasEvents(EventType.ROUTING_DECIDED, 2)
        .satisfies(record -> assertThat(record.getResponsibleUnitCode()).isEqualTo(RENSHE));

    complete(task(), accept());

    assertThat(process).isWaitingAt(HANDLE_CASE);
    assertThat(task()).hasCandidateGroup(Roles.unitHandlers(RENSHE));
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess();
  }

  @Test
  void objectionAfterTheWindowClosedIsRefusedAndChangesNothing() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));

    clockAt("2026-07-18T00:00");
    execute(job(OBJECTION_DEADLINE));

    assertThat(process).isWaitingAt(ACCEPT_ITEM);
    cases.assertThatCase(process).hasStatus(AWAITING_ACCEPTANCE).agreesWithProcess()
        .hasEvent(EventType.OBJECTION_WINDOW_CLOSED, "异议期限届满，责任单位不能再提出异议");
    Task waiting = task();
    PetitionCase before = cases.record(process);
    int eventsBefore = cases.timeline(process).size();

    clockAt("2026-07-20T09:00");
    assertThatThrownBy(() -> complete(waiting, object()))
        .hasRootCauseInstanceOf(InvalidStepInput.class)
        .hasRootCauseMessage("受理意见：异议期限已过，不能再提出异议（《信访工作条例》第二十三条第三款）");

    assertThat(process).isWaitingAt(ACCEPT_ITEM).variables()
        .doesNotContainKeys(Variables.UNIT_ANSWER, Variables.OBJECTION_REASON);
    assertThat(task()).hasId(waiting.getId());
    assertThat(cases.record(process)).usingRecursiveComparison().ignoringFields("petitioners").isEqualTo(before);
    assertThat(cases.timeline(process)).hasSize(eventsBefore);
    cases.assertThatCase(process).hasStatus(AWAITING_ACCEPTANCE).agreesWithProcess()
        .hasNoEvent(EventType.UNIT_OBJECTED);

    complete(task(), accept());

    assertThat(process).isWaitingAt(HANDLE_CASE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess();
  }

  @Test
  void aLateFirstRoutingDecisionStaysLateWhenTheItemComesBackFromAnObjection() {
    ProcessInstance process = cases.registeredOnFriday3July();
    // 15 days from Fri 2026-07-03 end on Sat 07-18, moved to Mon 07-20; decided on Tue 07-21.
    clockAt("2026-07-21T09:00");
    complete(task(), transferTo(CHENGBEI));
    cases.assertThatCase(process).satisfies(record -> assertThat(record.getRoutingMet()).isFalse());

    clockAt("2026-07-22T09:00");
    complete(task(), object());
    clockAt("2026-07-23T09:00");
    complete(task(), transferTo(RENSHE));

    assertThat(process).isWaitingAt(ACCEPT_ITEM);
    cases.assertThatCase(process).hasStatus(AWAITING_ACCEPTANCE).agreesWithProcess()
        .satisfies(record -> assertThat(record.getRoutingMet()).isFalse());
  }
}
