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
import static org.xinfang.workflow.StepForms.reply;
import static org.xinfang.workflow.StepForms.returnReply;
import static org.xinfang.workflow.StepForms.transferTo;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.ReplyOutcome;
import org.xinfang.organization.Roles;
import org.xinfang.workflow.PetitionProcess.Variables;

/** 转送: the petition room forwards the item, the unit accepts and answers, its leader signs (Art. 22, 23, 34). */
@PetitionProcessContext
class TransferredCaseTest {

  @Autowired PetitionCases cases;

  @Test
  void transferredItemIsAcceptedAnsweredApprovedAndClosed() {
    clockAt("2026-07-03T10:00");
    ProcessInstance process = cases.register();

    assertThat(process).isWaitingAt(DECIDE_ROUTING);
    assertThat(task()).hasCandidateGroup(Roles.PETITION_ROOM);
    cases.assertThatCase(process).hasStatus(AWAITING_ROUTING).agreesWithProcess()
        .hasEvent(EventType.REGISTERED, "反映某建筑公司拖欠农民工工资");

    clockAt("2026-07-10T09:00");
    complete(task(), transferTo(CHENGBEI));

    assertThat(process).isWaitingAt(ACCEPT_ITEM);
    assertThat(task()).hasCandidateGroup(Roles.unitHandlers(CHENGBEI));
    cases.assertThatCase(process).hasStatus(AWAITING_ACCEPTANCE).agreesWithProcess()
        .hasEvent(EventType.ROUTING_DECIDED, "转送至城北街道")
        .hasEvent(EventType.NOTICE_ISSUED, "转送告知书");

    clockAt("2026-07-14T15:00");
    complete(task(), accept());

    assertThat(process).isWaitingAt(HANDLE_CASE);
    assertThat(task()).hasCandidateGroup(Roles.unitHandlers(CHENGBEI));
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess()
        .hasEvent(EventType.UNIT_ACCEPTED, "责任单位受理")
        .hasEvent(EventType.NOTICE_ISSUED, "受理告知书");

    clockAt("2026-08-20T10:00");
    complete(task(), reply());

    assertThat(process).isWaitingAt(APPROVE_REPLY);
    assertThat(task()).hasCandidateGroup(Roles.unitLeaders(CHENGBEI));
    cases.assertThatCase(process).hasStatus(REPLY_PENDING_APPROVAL).agreesWithProcess()
        .hasEvent(EventType.REPLY_DRAFTED, "支持");

    clockAt("2026-08-21T11:00");
    complete(task(), approveReply());

    assertThat(process).hasPassed("Task_CloseCase", "Event_CaseClosed").hasNotPassed(REVIEW_REPORT).isEnded();
    cases.assertThatCase(process).hasStatus(CLOSED).agreesWithProcess().isNotOverdue()
        .hasEvent(EventType.REPLY_APPROVED, "单位负责人审批同意")
        .hasEvent(EventType.NOTICE_ISSUED, "处理意见书")
        .hasEvent(EventType.CLOSED, "办结")
        .hasNoEvent(EventType.LIMIT_EXPIRED)
        .satisfies(record -> {
          assertThat(record.getResponsibleUnitCode()).isEqualTo(CHENGBEI);
          assertThat(record.getTransferredAt()).isEqualTo(chinaTime("2026-07-10T09:00"));
          assertThat(record.getUnitAcceptedAt()).isEqualTo(chinaTime("2026-07-14T15:00"));
          assertThat(record.getRepliedAt()).isEqualTo(chinaTime("2026-08-21T11:00"));
          assertThat(record.getClosedAt()).isEqualTo(chinaTime("2026-08-21T11:00"));
          assertThat(record.getOutcome()).isEqualTo(ReplyOutcome.SUPPORTED);
          assertThat(record.getReplyText()).isEqualTo(StepForms.REPLY_TEXT);
          assertThat(record.getCompletionReport()).isNull();
        });
  }

  @Test
  void leaderReturnsTheDraftReplyForRework() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));

    clockAt("2026-08-20T10:00");
    complete(task(), reply());
    assertThat(process).isWaitingAt(APPROVE_REPLY);
    cases.assertThatCase(process).hasStatus(REPLY_PENDING_APPROVAL).agreesWithProcess();

    complete(task(), returnReply("答复意见未写明法律依据，请补充后重新报批。"));

    assertThat(process).isWaitingAt(HANDLE_CASE);
    assertThat(task()).hasCandidateGroup(Roles.unitHandlers(CHENGBEI));
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess()
        .hasEvent(EventType.REPLY_RETURNED, "答复意见未写明法律依据")
        .hasNoEvent(EventType.REPLY_APPROVED)
        .satisfies(record -> assertThat(record.getRepliedAt()).isNull());

    complete(task(), reply());
    assertThat(process).isWaitingAt(APPROVE_REPLY);
    cases.assertThatCase(process).hasStatus(REPLY_PENDING_APPROVAL).agreesWithProcess();

    complete(task(), approveReply());

    assertThat(process).isEnded();
    cases.assertThatCase(process).hasStatus(CLOSED).agreesWithProcess()
        .hasEvents(EventType.REPLY_DRAFTED, 2)
        .hasEvents(EventType.REPLY_APPROVED, 1);
  }

  @Test
  void replyLongerThanTheEngineCanKeepIsRefusedInWords() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    Map<String, Object> tooLong = reply();
    tooLong.put(Variables.REPLY_TEXT, "答".repeat(StepInputs.LONGEST_TEXT + 1));

    assertThatThrownBy(() -> complete(task(), tooLong))
        .hasRootCauseInstanceOf(InvalidStepInput.class)
        .hasRootCauseMessage("答复意见：不能超过4000个字");
    assertThat(process).isWaitingAt(HANDLE_CASE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess();

    Map<String, Object> longest = reply();
    longest.put(Variables.REPLY_TEXT, "答".repeat(StepInputs.LONGEST_TEXT));
    complete(task(), longest);

    assertThat(process).isWaitingAt(APPROVE_REPLY);
    cases.assertThatCase(process).hasStatus(REPLY_PENDING_APPROVAL).agreesWithProcess()
        .satisfies(record -> assertThat(record.getReplyText()).hasSize(StepInputs.LONGEST_TEXT));
  }
}
