package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.casefile.CaseStatus.AWAITING_ACCEPTANCE;
import static org.xinfang.casefile.CaseStatus.AWAITING_ROUTING;
import static org.xinfang.casefile.CaseStatus.CLOSED;
import static org.xinfang.casefile.CaseStatus.IN_HANDLING;
import static org.xinfang.casefile.CaseStatus.REPLY_PENDING_APPROVAL;
import static org.xinfang.casefile.CaseStatus.REPORT_PENDING_REVIEW;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.chinaTime;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPT_ITEM;
import static org.xinfang.workflow.PetitionProcess.Elements.APPROVE_REPLY;
import static org.xinfang.workflow.PetitionProcess.Elements.DECIDE_ROUTING;
import static org.xinfang.workflow.PetitionProcess.Elements.HANDLE_CASE;
import static org.xinfang.workflow.PetitionProcess.Elements.REVIEW_REPORT;
import static org.xinfang.workflow.StepForms.accept;
import static org.xinfang.workflow.StepForms.approveReply;
import static org.xinfang.workflow.StepForms.approveReport;
import static org.xinfang.workflow.StepForms.assignTo;
import static org.xinfang.workflow.StepForms.reply;
import static org.xinfang.workflow.StepForms.replyWithReport;
import static org.xinfang.workflow.StepForms.returnReport;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.EventType;
import org.xinfang.organization.Roles;

/** 交办: an assigned item closes only when the petition room accepts its completion report (Art. 22). */
@PetitionProcessContext
class AssignedCaseTest {

  @Autowired PetitionCases cases;

  @Test
  void assignedItemClosesWhenThePetitionRoomAcceptsTheCompletionReport() {
    clockAt("2026-07-03T10:00");
    ProcessInstance process = cases.register();
    assertThat(process).isWaitingAt(DECIDE_ROUTING);
    cases.assertThatCase(process).hasStatus(AWAITING_ROUTING).agreesWithProcess();

    clockAt("2026-07-10T09:00");
    complete(task(), assignTo(CHENGBEI, 26));

    assertThat(process).isWaitingAt(ACCEPT_ITEM);
    cases.assertThatCase(process).hasStatus(AWAITING_ACCEPTANCE).agreesWithProcess()
        .hasEvent(EventType.ROUTING_DECIDED, "交办至城北街道，限26日内办结并报送办结报告")
        .hasEvent(EventType.NOTICE_ISSUED, "交办告知书")
        .satisfies(record -> assertThat(record.getAssignmentDays()).isEqualTo(26));

    clockAt("2026-07-14T15:00");
    complete(task(), accept());
    assertThat(process).isWaitingAt(HANDLE_CASE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess();

    clockAt("2026-08-03T10:00");
    assertThatThrownBy(() -> complete(task(), reply()))
        .hasRootCauseInstanceOf(InvalidStepInput.class)
        .hasRootCauseMessage("办结报告：必须填写");
    assertThat(process).isWaitingAt(HANDLE_CASE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess();

    complete(task(), replyWithReport());
    assertThat(process).isWaitingAt(APPROVE_REPLY);
    cases.assertThatCase(process).hasStatus(REPLY_PENDING_APPROVAL).agreesWithProcess();

    clockAt("2026-08-04T10:00");
    complete(task(), approveReply());

    assertThat(process).isWaitingAt(REVIEW_REPORT);
    assertThat(task()).hasCandidateGroup(Roles.PETITION_ROOM);
    cases.assertThatCase(process).hasStatus(REPORT_PENDING_REVIEW).agreesWithProcess()
        .hasEvent(EventType.NOTICE_ISSUED, "处理意见书")
        .satisfies(record -> assertThat(record.getCompletionReport()).isEqualTo(StepForms.COMPLETION_REPORT));

    clockAt("2026-08-05T10:00");
    complete(task(), returnReport("办结报告未附还款凭证，请补充后重新报送。"));

    assertThat(process).isWaitingAt(HANDLE_CASE);
    assertThat(task()).hasCandidateGroup(Roles.unitHandlers(CHENGBEI));
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess()
        .hasEvent(EventType.REPORT_RETURNED, "办结报告未附还款凭证")
        .satisfies(record -> assertThat(record.getRepliedAt()).isNull());

    clockAt("2026-08-06T10:00");
    complete(task(), replyWithReport());
    assertThat(process).isWaitingAt(APPROVE_REPLY);
    cases.assertThatCase(process).hasStatus(REPLY_PENDING_APPROVAL).agreesWithProcess();

    clockAt("2026-08-07T10:00");
    complete(task(), approveReply());
    assertThat(process).isWaitingAt(REVIEW_REPORT);
    cases.assertThatCase(process).hasStatus(REPORT_PENDING_REVIEW).agreesWithProcess();

    clockAt("2026-08-07T16:00");
    complete(task(), approveReport());

    assertThat(process).hasPassed("Task_CloseCase", "Event_CaseClosed").isEnded();
    cases.assertThatCase(process).hasStatus(CLOSED).agreesWithProcess().isNotOverdue()
        .hasEvent(EventType.REPORT_ACCEPTED, "办结报告审核通过")
        .hasEvent(EventType.CLOSED, "办结")
        .hasEvents(EventType.REPLY_APPROVED, 2)
        .satisfies(record -> {
          assertThat(record.getRepliedAt()).isEqualTo(chinaTime("2026-08-07T10:00"));
          assertThat(record.getClosedAt()).isEqualTo(chinaTime("2026-08-07T16:00"));
          assertThat(record.getReplyMet()).isTrue();
        });
  }
}
