package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.casefile.CaseStatus.AWAITING_ACCEPTANCE;
import static org.xinfang.casefile.CaseStatus.AWAITING_ROUTING;
import static org.xinfang.casefile.CaseStatus.CLOSED;
import static org.xinfang.casefile.CaseStatus.IN_HANDLING;
import static org.xinfang.casefile.CaseStatus.REPLY_PENDING_APPROVAL;
import static org.xinfang.casefile.CaseStatus.REPORT_PENDING_REVIEW;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionCases.endOf;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPTANCE_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPT_ITEM;
import static org.xinfang.workflow.PetitionProcess.Elements.APPROVE_REPLY;
import static org.xinfang.workflow.PetitionProcess.Elements.DECIDE_ROUTING;
import static org.xinfang.workflow.PetitionProcess.Elements.HANDLE_CASE;
import static org.xinfang.workflow.PetitionProcess.Elements.OBJECTION_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.REPLY_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.REVIEW_REPORT;
import static org.xinfang.workflow.PetitionProcess.Elements.ROUTING_DEADLINE;
import static org.xinfang.workflow.StepForms.accept;
import static org.xinfang.workflow.StepForms.approveReply;
import static org.xinfang.workflow.StepForms.approveReport;
import static org.xinfang.workflow.StepForms.assignTo;
import static org.xinfang.workflow.StepForms.reply;
import static org.xinfang.workflow.StepForms.replyWithReport;
import static org.xinfang.workflow.StepForms.returnReport;
import static org.xinfang.workflow.StepForms.transferTo;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.EventType;
import org.xinfang.deadline.LegalLimit;

/**
 * Every legal limit is a non-interrupting timer: due at the end of its last day in China Standard
 * Time, counted from the day after the event and moved past a weekend (民法典 Art. 201, 203). When it
 * fires the case is marked overdue and the step stays open.
 */
@PetitionProcessContext
class LegalLimitTimersTest {

  @Autowired PetitionCases cases;

  @Test
  void routingLimitOf15DaysEndsOnTheMondayAfterASaturday() {
    ProcessInstance process = cases.registeredOnFriday3July();

    // 15 days from Sat 07-04 end on Sat 07-18: the limit runs to Mon 07-20.
    assertThat(process).isWaitingAt(DECIDE_ROUTING);
    assertThat(job(ROUTING_DEADLINE)).hasDueDate(endOf("2026-07-20"));
    assertThat(task()).hasDueDate(endOf("2026-07-20"));
    cases.assertThatCase(process).hasStatus(AWAITING_ROUTING).agreesWithProcess()
        .hasEvent(EventType.LIMIT_SET, "信访部门处理期限15日，2026年7月20日届满（《信访工作条例》第二十二条）")
        .satisfies(record -> assertThat(record.getRoutingDueAt()).isEqualTo(endOf("2026-07-20").toInstant()));

    clockAt("2026-07-21T00:00");
    execute(job(ROUTING_DEADLINE));

    assertThat(process).hasPassed("Task_RecordRoutingOverdue").isWaitingAt(DECIDE_ROUTING);
    cases.assertThatCase(process).hasStatus(AWAITING_ROUTING).agreesWithProcess().isOverdue()
        .hasEvent(EventType.LIMIT_EXPIRED, "信访部门处理期限已届满，事项超期（《信访工作条例》第二十二条）")
        .satisfies(record -> assertThat(record.getRoutingMet()).isFalse());

    clockAt("2026-07-22T09:00");
    complete(task(), transferTo(CHENGBEI));

    assertThat(process).isWaitingAt(ACCEPT_ITEM);
    cases.assertThatCase(process).hasStatus(AWAITING_ACCEPTANCE).agreesWithProcess().isOverdue()
        .satisfies(record -> assertThat(record.getRoutingMet()).isFalse());
  }

  @Test
  void aLimitReachingIntoAYearWithoutItsNoticeRestsOnTheStatutoryHolidaysAndSaysItIsProvisional() {
    clockAt("2026-12-17T10:00");
    ProcessInstance process = cases.register();

    // 15 days from Fri 12-18 end on Fri 2027-01-01, 元旦 by the law: the weekend follows, Mon 01-04.
    assertThat(process).isWaitingAt(DECIDE_ROUTING);
    assertThat(job(ROUTING_DEADLINE)).hasDueDate(endOf("2027-01-04"));
    cases.assertThatCase(process).hasEvent(EventType.LIMIT_SET, "信访部门处理期限15日，2027年1月4日届满（《信访工作条例》第二十二条）"
        + "（暂定：2027年节假日安排尚未公布，暂按法定节假日计算）");
  }

  @Test
  void acceptanceLimitOf15DaysEndsOnTheMondayAfterASaturday() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));

    // 15 days from Sat 07-11 end on Sat 07-25: the limit runs to Mon 07-27.
    assertThat(job(ACCEPTANCE_DEADLINE)).hasDueDate(endOf("2026-07-27"));
    assertThat(task()).hasDueDate(endOf("2026-07-27"));
    cases.assertThatCase(process)
        .hasEvent(EventType.LIMIT_SET, "责任单位受理期限15日，2026年7月27日届满")
        .satisfies(record -> assertThat(record.getAcceptanceDueAt()).isEqualTo(endOf("2026-07-27").toInstant()));

    clockAt("2026-07-28T00:00");
    execute(job(ACCEPTANCE_DEADLINE));

    assertThat(process).hasPassed("Task_RecordAcceptanceOverdue").isWaitingAt(ACCEPT_ITEM);
    cases.assertThatCase(process).hasStatus(AWAITING_ACCEPTANCE).agreesWithProcess().isOverdue()
        .hasEvent(EventType.LIMIT_EXPIRED, "责任单位受理期限已届满，事项超期（《信访工作条例》第二十三条）")
        .satisfies(record -> assertThat(record.getAcceptanceMet()).isFalse());

    complete(task(), accept());

    assertThat(process).isWaitingAt(HANDLE_CASE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess()
        .satisfies(record -> assertThat(record.getAcceptanceMet()).isFalse());
  }

  @Test
  void objectionWindowOf5WorkingDaysSkipsTheWeekendAndOnlyCloses() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));

    // Working days Mon 07-13 to Fri 07-17.
    assertThat(job(OBJECTION_DEADLINE)).hasDueDate(endOf("2026-07-17"));
    cases.assertThatCase(process)
        .hasEvent(EventType.LIMIT_SET, "异议期限5个工作日，2026年7月17日届满（《信访工作条例》第二十三条第三款）")
        .satisfies(record -> assertThat(record.getObjectionDueAt()).isEqualTo(endOf("2026-07-17").toInstant()));

    clockAt("2026-07-18T00:00");
    execute(job(OBJECTION_DEADLINE));

    assertThat(process).hasPassed("Task_CloseObjectionWindow").isWaitingAt(ACCEPT_ITEM);
    assertThat(job(ACCEPTANCE_DEADLINE)).hasDueDate(endOf("2026-07-27"));
    cases.assertThatCase(process).hasStatus(AWAITING_ACCEPTANCE).agreesWithProcess().isNotOverdue()
        .hasEvent(EventType.OBJECTION_WINDOW_CLOSED, "异议期限届满，责任单位不能再提出异议")
        .hasNoEvent(EventType.LIMIT_EXPIRED);
  }

  @Test
  void replyLimitOf60DaysEndsOnTheMondayAfterASaturday() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));

    // 60 days from Wed 07-15 end on Sat 09-12: the limit runs to Mon 09-14.
    assertThat(job(REPLY_DEADLINE)).hasDueDate(endOf("2026-09-14"));
    assertThat(task()).hasDueDate(endOf("2026-09-14"));
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess()
        .hasEvent(EventType.LIMIT_SET, "答复期限60日，2026年9月14日届满（《信访工作条例》第三十四条）")
        .satisfies(record -> assertThat(record.getReplyDueAt()).isEqualTo(endOf("2026-09-14").toInstant()));

    clockAt("2026-09-15T00:00");
    execute(job(REPLY_DEADLINE));

    assertThat(process).hasPassed("Task_RecordReplyOverdue").isWaitingAt(HANDLE_CASE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess().isOverdue()
        .hasEvent(EventType.LIMIT_EXPIRED, "答复期限已届满，事项超期（《信访工作条例》第三十四条）")
        .satisfies(record -> assertThat(record.getReplyMet()).isFalse());

    complete(task(), reply());
    assertThat(process).isWaitingAt(APPROVE_REPLY);
    cases.assertThatCase(process).hasStatus(REPLY_PENDING_APPROVAL).agreesWithProcess();

    complete(task(), approveReply());

    assertThat(process).isEnded();
    cases.assertThatCase(process).hasStatus(CLOSED).agreesWithProcess().isOverdue()
        .satisfies(record -> assertThat(record.getReplyMet()).isFalse());
  }

  @Test
  void assignedItemRunsOnTheAssignmentsOwnDays() {
    ProcessInstance process = cases.acceptedOnTuesday14July(assignTo(CHENGBEI, 26));

    // 26 days from Wed 07-15 end on Sun 08-09: the limit runs to Mon 08-10.
    assertThat(job(REPLY_DEADLINE)).hasDueDate(endOf("2026-08-10"));
    assertThat(task()).hasDueDate(endOf("2026-08-10"));
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess()
        .hasEvent(EventType.LIMIT_SET, "答复期限26日，2026年8月10日届满");

    clockAt("2026-08-11T00:00");
    execute(job(REPLY_DEADLINE));

    assertThat(process).hasPassed("Task_RecordReplyOverdue").isWaitingAt(HANDLE_CASE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess().isOverdue()
        .hasEvent(EventType.LIMIT_EXPIRED, LegalLimit.REPLY.label() + "已届满")
        .satisfies(record -> assertThat(record.getReplyMet()).isFalse());
  }

  @Test
  void stepsTakenBeforeTheirDueDatesMeetEveryLimit() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));
    cases.assertThatCase(process).agreesWithProcess()
        .satisfies(record -> assertThat(record.getRoutingMet()).isTrue());

    clockAt("2026-07-27T23:00");
    complete(task(), accept());
    assertThat(process).isWaitingAt(HANDLE_CASE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess()
        .satisfies(record -> assertThat(record.getAcceptanceMet()).isTrue());

    clockAt("2026-09-25T09:00");
    complete(task(), reply());
    assertThat(process).isWaitingAt(APPROVE_REPLY);
    cases.assertThatCase(process).hasStatus(REPLY_PENDING_APPROVAL).agreesWithProcess();

    complete(task(), approveReply());

    assertThat(process).isEnded();
    assertThat(jobQuery().processInstanceId(process.getId()).count()).isZero();
    cases.assertThatCase(process).hasStatus(CLOSED).agreesWithProcess().isNotOverdue()
        .hasNoEvent(EventType.LIMIT_EXPIRED)
        .satisfies(record -> {
          assertThat(record.getRoutingMet()).isTrue();
          assertThat(record.getAcceptanceMet()).isTrue();
          assertThat(record.getReplyMet()).isTrue();
        });
  }

  @Test
  void replyApprovedInTimeIsNotOverdueWhileThePetitionRoomReviewsTheReport() {
    ProcessInstance process = cases.acceptedOnTuesday14July(assignTo(CHENGBEI, 26));

    clockAt("2026-08-07T10:00");
    complete(task(), replyWithReport());
    assertThat(process).isWaitingAt(APPROVE_REPLY);
    cases.assertThatCase(process).hasStatus(REPLY_PENDING_APPROVAL).agreesWithProcess();

    complete(task(), approveReply());
    assertThat(process).isWaitingAt(REVIEW_REPORT);
    cases.assertThatCase(process).hasStatus(REPORT_PENDING_REVIEW).agreesWithProcess();

    clockAt("2026-08-11T00:00");
    execute(job(REPLY_DEADLINE));

    assertThat(process).isWaitingAt(REVIEW_REPORT);
    cases.assertThatCase(process).hasStatus(REPORT_PENDING_REVIEW).agreesWithProcess().isNotOverdue()
        .hasNoEvent(EventType.LIMIT_EXPIRED)
        .satisfies(record -> assertThat(record.getReplyMet()).isTrue());

    // Sent back after the due date, the item is no longer answered in time.
    clockAt("2026-08-12T10:00");
    complete(task(), returnReport("办结报告未附还款凭证，请补充后重新报送。"));

    assertThat(process).isWaitingAt(HANDLE_CASE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess().isOverdue()
        .hasEvent(EventType.LIMIT_EXPIRED, "答复期限已届满，事项超期")
        .satisfies(record -> assertThat(record.getReplyMet()).isFalse());

    complete(task(), replyWithReport());
    assertThat(process).isWaitingAt(APPROVE_REPLY);
    cases.assertThatCase(process).hasStatus(REPLY_PENDING_APPROVAL).agreesWithProcess();

    complete(task(), approveReply());
    assertThat(process).isWaitingAt(REVIEW_REPORT);
    cases.assertThatCase(process).hasStatus(REPORT_PENDING_REVIEW).agreesWithProcess();

    complete(task(), approveReport());

    assertThat(process).isEnded();
    cases.assertThatCase(process).hasStatus(CLOSED).agreesWithProcess().isOverdue()
        .hasEvents(EventType.LIMIT_EXPIRED, 1)
        .satisfies(record -> assertThat(record.getReplyMet()).isFalse());
  }

}
