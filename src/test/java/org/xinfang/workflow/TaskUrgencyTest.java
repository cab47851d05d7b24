package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionProcess.Elements.REPLY_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.REPLY_REMINDER;
import static org.xinfang.workflow.PetitionProcess.Elements.ROUTING_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.ROUTING_REMINDER;
import static org.xinfang.workflow.StepForms.accept;
import static org.xinfang.workflow.StepForms.reply;
import static org.xinfang.workflow.StepForms.returnReply;
import static org.xinfang.workflow.StepForms.transferTo;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task's priority says how urgent it is, for the saved filters 三日内到期 and 已超期: due soon once
 * its limit's reminder fired, overdue once the limit passed, ordinary again for the next limit.
 */
@PetitionProcessContext
class TaskUrgencyTest {

  @Autowired PetitionCases cases;

  @Test
  void theRemindersAndLimitsMarkTheWaitingTask() {
    ProcessInstance process = cases.registeredOnFriday3July();
    assertThat(task(process).getPriority()).isEqualTo(TaskUrgency.ORDINARY);

    clockAt("2026-07-15T00:00");
    execute(job(ROUTING_REMINDER, process));
    assertThat(task(process).getPriority()).isEqualTo(TaskUrgency.DUE_SOON);

    clockAt("2026-07-21T00:00");
    execute(job(ROUTING_DEADLINE, process));
    assertThat(task(process).getPriority()).isEqualTo(TaskUrgency.OVERDUE);

    clockAt("2026-07-21T10:00");
    complete(task(process), transferTo(CHENGBEI));
    assertThat(task(process).getPriority()).as("the unit's own limit has just begun").isEqualTo(TaskUrgency.ORDINARY);
  }

  @Test
  void aTaskCreatedAfterItsLimitPassedIsOverdueAtOnce() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));
    clockAt("2026-07-14T15:00");
    complete(task(process), accept());
    clockAt("2026-09-10T09:00");
    complete(task(process), reply());
    clockAt("2026-09-15T00:00");
    execute(job(REPLY_REMINDER, process));
    execute(job(REPLY_DEADLINE, process));
    assertThat(task(process).getPriority()).isEqualTo(TaskUrgency.OVERDUE);

    complete(task(process), returnReply("请补充调查材料。"));

    assertThat(task(process).getPriority()).isEqualTo(TaskUrgency.OVERDUE);
  }
}
