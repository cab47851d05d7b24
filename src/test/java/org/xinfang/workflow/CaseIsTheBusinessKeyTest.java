package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.RENSHE;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionProcess.Elements.APPROVE_REPLY;
import static org.xinfang.workflow.StepForms.REPLY_TEXT;
import static org.xinfang.workflow.StepForms.transferTo;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.ReplyOutcome;
import org.xinfang.organization.Roles;
import org.xinfang.workflow.PetitionProcess.Answers;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * Behind the task door, what a step acts on never comes from a variable: even a completion from
 * our own code that carries another case's id or another approver group acts on the process's
 * own case, the one its business key names, and offers the approval to that case's unit leaders.
 */
@PetitionProcessContext
class CaseIsTheBusinessKeyTest {

  @Autowired PetitionCases cases;

  @Test
  void aStepActsOnTheCaseOfItsBusinessKeyWhateverTheVariablesSay() {
    ProcessInstance other = cases.routedOnFriday10July(transferTo(RENSHE));
    ProcessInstance own = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));

    clockAt("2026-08-20T10:00");
    complete(task(own), withVariables(
        Variables.HANDLING_ACTION, Answers.REPLY,
        Variables.REPLY_OUTCOME, ReplyOutcome.NOT_SUPPORTED.name(),
        Variables.REPLY_TEXT, REPLY_TEXT,
        "caseId", cases.record(other).getId(),
        "unitLeaders", Roles.unitHandlers(CHENGBEI)));

    assertThat(own).isWaitingAt(APPROVE_REPLY);
    assertThat(task(own)).hasCandidateGroup(Roles.unitLeaders(CHENGBEI));
    assertThat(cases.record(own).getStatus()).isEqualTo(CaseStatus.REPLY_PENDING_APPROVAL);
    assertThat(cases.record(own).getReplyText()).isEqualTo(REPLY_TEXT);
    assertThat(cases.record(other).getStatus()).isEqualTo(CaseStatus.AWAITING_ACCEPTANCE);
    assertThat(cases.record(other).getReplyText()).isNull();
    cases.assertThatCase(own).agreesWithProcess();
    cases.assertThatCase(other).agreesWithProcess();
  }
}
