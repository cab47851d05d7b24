package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionCases.endOf;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPTANCE_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPT_ITEM;
import static org.xinfang.workflow.PetitionProcess.Elements.HANDLE_CASE;
import static org.xinfang.workflow.PetitionProcess.Elements.OBJECTION_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.REPLY_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.ROUTING_DEADLINE;
import static org.xinfang.workflow.StepForms.accept;
import static org.xinfang.workflow.StepForms.transferTo;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.EventType;

/** The process's timers count on the official holiday schedule, as shipped for 2025 and 2026. */
@PetitionProcessContext
class HolidayTimersTest {

  @Autowired PetitionCases cases;

  @Test
  void aRoutingLimitEndingInTheNationalDayBreakRunsToTheFirstWorkingDayAfter() {
    clockAt("2026-09-16T10:00");
    ProcessInstance process = cases.register();

    // 15 days from Wed 09-16 end on Thu 10-01; the break lasts until Wed 10-07.
    assertThat(job(ROUTING_DEADLINE, process)).hasDueDate(endOf("2026-10-08"));
    assertThat(task(process)).hasDueDate(endOf("2026-10-08"));
    cases.assertThatCase(process)
        .hasEvent(EventType.LIMIT_SET, "信访部门处理期限15日，2026年10月8日届满")
        .satisfies(record -> assertThat(record.getRoutingDueAt()).isEqualTo(endOf("2026-10-08").toInstant()));
  }

  @Test
  void theObjectionWindowSkipsNationalDayAndCountsTheWorkingSaturday() {
    clockAt("2026-09-16T10:00");
    ProcessInstance process = cases.register();
    clockAt("2026-09-28T09:00");
    complete(task(process), transferTo(CHENGBEI));

    assertThat(process).isWaitingAt(ACCEPT_ITEM);
    // Tue 09-29, Wed 09-30, then Thu 10-08, Fri 10-09 and Sat 10-10, worked for National Day.
    assertThat(job(OBJECTION_DEADLINE, process)).hasDueDate(endOf("2026-10-10"));
    // 15 days from Mon 09-28 end on Tue 10-13, a working day.
    assertThat(job(ACCEPTANCE_DEADLINE, process)).hasDueDate(endOf("2026-10-13"));
    cases.assertThatCase(process)
        .hasEvent(EventType.LIMIT_SET, "异议期限5个工作日，2026年10月10日届满");
  }

  @Test
  void aReplyLimitEndingInTheSpringFestivalRunsPastTheBreak() {
    clockAt("2025-12-10T10:00");
    ProcessInstance process = cases.register();
    clockAt("2025-12-15T10:00");
    complete(task(process), transferTo(CHENGBEI));
    clockAt("2025-12-22T10:00");
    complete(task(process), accept());

    assertThat(process).isWaitingAt(HANDLE_CASE);
    // 60 days from Mon 2025-12-22 end on Fri 2026-02-20, in the break that lasts until Mon 02-23.
    assertThat(job(REPLY_DEADLINE, process)).hasDueDate(endOf("2026-02-24"));
    assertThat(task(process)).hasDueDate(endOf("2026-02-24"));
    cases.assertThatCase(process)
        .hasEvent(EventType.LIMIT_SET, "答复期限60日，2026年2月24日届满");
  }
}
