package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPT_ITEM;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.workflow.PetitionProcess.Variables;

/** What a handler types into a form is stored as text: the engine reads variables, it never evaluates them. */
@PetitionProcessContext
class FormInputIsNotEvaluatedTest {

  private static final String EXPRESSION = "${routing.getClass().forName('java.lang.Runtime')} #{1 + 1}";

  @Autowired PetitionCases cases;

  @Test
  void anExpressionTypedIntoAFormStaysText() {
    clockAt("2026-07-03T10:00");
    ProcessInstance process = cases.register();
    assertThat(process).isWaitingAt(PetitionProcess.Elements.DECIDE_ROUTING);
    Map<String, Object> decision = new HashMap<>(StepForms.transferTo(CHENGBEI));
    decision.put(Variables.ROUTING_OPINION, EXPRESSION);

    complete(task(), decision);

    assertThat(process).isWaitingAt(ACCEPT_ITEM);
    assertThat(cases.record(process).getRoutingOpinion()).isEqualTo(EXPRESSION);
  }
}
