package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.workflow.PetitionCases.chinaTime;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionProcess.Elements.DECIDE_ROUTING;
import static org.xinfang.workflow.StepForms.decide;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.RoutingDecision;

/**
 * The petition room ends an item itself: not accepted, or sent out of the 信访 channel (Art. 22, 28).
 * Not accepted again (Art. 36 ¶3) needs a re-reviewed earlier case: {@link RepeatPetitionRoutingTest}.
 */
@PetitionProcessContext
class CaseEndsAtPetitionRoomTest {

  @Autowired PetitionCases cases;

  @ParameterizedTest(name = "{0} ends at {1}")
  @CsvSource({
      "NOT_ACCEPT,       Event_NotAccepted,          NOT_ACCEPTED,           不予受理告知书",
      "POLITICAL_LEGAL,  Event_RoutedPoliticalLegal, ROUTED_POLITICAL_LEGAL, 导入法定途径告知书",
      "DISCIPLINE,       Event_RoutedDiscipline,     ROUTED_DISCIPLINE,      转纪检监察机关告知书"})
  void decisionEndsTheCaseWithANotice(RoutingDecision decision, String endEvent, CaseStatus status, String notice) {
    ProcessInstance process = cases.registeredOnFriday3July();

    clockAt("2026-07-06T09:30");
    complete(task(), decide(decision, "经审查，依法作出处理。"));

    assertThat(process).hasPassed(DECIDE_ROUTING, endEvent).isEnded();
    cases.assertThatCase(process)
        .hasStatus(status).agreesWithProcess()
        .hasEvent(EventType.ROUTING_DECIDED, decision.label())
        .hasEvent(EventType.NOTICE_ISSUED, notice)
        .satisfies(record -> {
          assertThat(record.getRoutingMet()).isTrue();
          assertThat(record.getResponsibleUnitCode()).isNull();
          assertThat(record.getDecidedAt()).isEqualTo(chinaTime("2026-07-06T09:30"));
          assertThat(record.getClosedAt()).isEqualTo(chinaTime("2026-07-06T09:30"));
        });
  }
}
