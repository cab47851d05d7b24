package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.xinfang.casefile.CaseStatus.AWAITING_ACCEPTANCE;
import static org.xinfang.casefile.CaseStatus.AWAITING_ROUTING;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPT_ITEM;
import static org.xinfang.workflow.PetitionProcess.Elements.DECIDE_ROUTING;
import static org.xinfang.workflow.PetitionProcess.Elements.ROUTING_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.ROUTING_REMINDER;
import static org.xinfang.workflow.StepForms.transferTo;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.xinfang.casefile.CaseEvent;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * A step that fails leaves the case record, its timeline and the process exactly where they were:
 * the case file steps run in the engine's transaction (Camunda shares Spring's transaction manager).
 */
@PetitionProcessContext
class FailedStepTest {

  @Autowired PetitionCases cases;
  @MockitoSpyBean CaseTimeline timeline;

  ProcessInstance process;
  Task decision;
  PetitionCase recordBefore;
  List<CaseEvent> timelineBefore;

  @BeforeEach
  void registeredCaseAwaitsTheDecision() {
    process = cases.registeredOnFriday3July();
    cases.assertThatCase(process).hasStatus(AWAITING_ROUTING).agreesWithProcess();
    decision = task();
    recordBefore = cases.record(process);
    timelineBefore = cases.timeline(process);
    clockAt("2026-07-10T09:00");
  }

  @Test
  void decisionWithoutAnOpinionIsRefusedAndChangesNothing() {
    Map<String, Object> withoutOpinion = transferTo(CHENGBEI);
    withoutOpinion.remove(Variables.ROUTING_OPINION);

    assertThatThrownBy(() -> complete(decision, withoutOpinion))
        .hasRootCauseInstanceOf(InvalidStepInput.class)
        .hasRootCauseMessage("办理意见：必须填写");

    assertNothingChanged();
  }

  @Test
  void decisionForAnUnknownUnitIsRefusedAndChangesNothing() {
    assertThatThrownBy(() -> complete(decision, transferTo("nowhere")))
        .hasRootCauseInstanceOf(InvalidStepInput.class)
        .hasRootCauseMessage("责任单位：单位“nowhere”不存在或已停用");

    assertNothingChanged();
  }

  @Test
  void failureAfterTheRecordWasChangedRollsBackRecordTimelineAndProcess() {
    // The decision is valid and already applied to the record and its timeline when writing the
    // notice to the petitioner fails.
    doThrow(new DataAccessResourceFailureException("数据库连接中断"))
        .when(timeline).record(any(PetitionCase.class), eq(EventType.NOTICE_ISSUED), any(TaskRef.class), anyString());

    assertThatThrownBy(() -> complete(decision, transferTo(CHENGBEI)))
        .hasRootCauseInstanceOf(DataAccessResourceFailureException.class);

    assertNothingChanged();

    reset(timeline);
    complete(decision, transferTo(CHENGBEI));

    assertThat(process).isWaitingAt(ACCEPT_ITEM);
    cases.assertThatCase(process).hasStatus(AWAITING_ACCEPTANCE).agreesWithProcess()
        .hasEvents(EventType.ROUTING_DECIDED, 1)
        .hasEvent(EventType.NOTICE_ISSUED, "转送告知书");
  }

  private void assertNothingChanged() {
    assertThat(process).isWaitingAt(DECIDE_ROUTING).variables().doesNotContainKeys(
        Variables.ROUTING_DECISION, Variables.ROUTING_OPINION, Variables.RESPONSIBLE_UNIT,
        Variables.UNIT_NAME);
    assertThat(task()).hasId(decision.getId());
    assertThat(jobQuery().processInstanceId(process.getId()).count()).isEqualTo(2);
    assertThat(job(ROUTING_DEADLINE)).isNotNull();
    assertThat(job(ROUTING_REMINDER)).isNotNull();
    assertThat(cases.record(process))
        .usingRecursiveComparison().ignoringFields("petitioners").isEqualTo(recordBefore);
    assertThat(cases.timeline(process))
        .usingRecursiveFieldByFieldElementComparator().isEqualTo(timelineBefore);
    cases.assertThatCase(process).hasStatus(AWAITING_ROUTING).agreesWithProcess();
  }
}
