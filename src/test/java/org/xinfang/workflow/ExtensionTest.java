package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.casefile.CaseStatus.CLOSED;
import static org.xinfang.casefile.CaseStatus.EXTENSION_PENDING;
import static org.xinfang.casefile.CaseStatus.IN_HANDLING;
import static org.xinfang.casefile.CaseStatus.REPLY_PENDING_APPROVAL;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.chinaTime;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionCases.endOf;
import static org.xinfang.workflow.PetitionProcess.Elements.APPROVE_EXTENSION;
import static org.xinfang.workflow.PetitionProcess.Elements.APPROVE_REPLY;
import static org.xinfang.workflow.PetitionProcess.Elements.HANDLE_CASE;
import static org.xinfang.workflow.PetitionProcess.Elements.REPLY_DEADLINE;
import static org.xinfang.workflow.StepForms.approveExtension;
import static org.xinfang.workflow.StepForms.approveReply;
import static org.xinfang.workflow.StepForms.refuseExtension;
import static org.xinfang.workflow.StepForms.reply;
import static org.xinfang.workflow.StepForms.requestExtension;
import static org.xinfang.workflow.StepForms.transferTo;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.EventType;
import org.xinfang.organization.Roles;
import org.xinfang.deadline.LegalLimit;

/**
 * The reply limit may be extended once, by at most 30 days, with the unit head's approval and the
 * petitioner told why (Art. 34). The unit accepts on Tue 2026-07-14: its 60 days end on Sat
 * 2026-09-12, so the reply is due on Mon 2026-09-14.
 */
@PetitionProcessContext
class ExtensionTest {

  @Autowired PetitionCases cases;

  @Test
  void approvedExtensionMovesTheReplyDueDateTheTimerAndTheNextTask() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    assertThat(task()).hasDueDate(endOf("2026-09-14"));
    assertThat(job(REPLY_DEADLINE)).hasDueDate(endOf("2026-09-14"));

    clockAt("2026-09-01T10:00");
    complete(task(), requestExtension(12));

    assertThat(process).isWaitingAt(APPROVE_EXTENSION);
    assertThat(task()).hasCandidateGroup(Roles.unitLeaders(CHENGBEI)).hasDueDate(endOf("2026-09-14"));
    cases.assertThatCase(process).hasStatus(EXTENSION_PENDING).agreesWithProcess()
        .hasEvent(EventType.EXTENSION_REQUESTED, "申请延期12日。理由：" + StepForms.EXTENSION_REASON);

    clockAt("2026-09-02T10:00");
    complete(task(), approveExtension());

    // 12 days counted from the day after the old due date end on Sat 2026-09-26, in the Mid-Autumn
    // break (Fri 09-25 to Sun 09-27): moved to Monday.
    assertThat(process).isWaitingAt(HANDLE_CASE).variables()
        .containsEntry(LegalLimits.dueDateVariable(LegalLimit.REPLY), endOf("2026-09-28"));
    assertThat(task()).hasDueDate(endOf("2026-09-28"));
    assertThat(job(REPLY_DEADLINE)).hasDueDate(endOf("2026-09-28"));
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess()
        .hasEvent(EventType.EXTENSION_GRANTED, "批准延期12日，答复期限延至2026年9月28日")
        .hasEvent(EventType.NOTICE_ISSUED, "延期告知书")
        .satisfies(record -> {
          assertThat(record.getOriginalReplyDueAt()).isEqualTo(endOf("2026-09-14").toInstant());
          assertThat(record.getReplyDueAt()).isEqualTo(endOf("2026-09-28").toInstant());
          assertThat(record.getExtensionDays()).isEqualTo(12);
          assertThat(record.getExtensionGrantedAt()).isEqualTo(chinaTime("2026-09-02T10:00"));
        });

    // Answered after the original due date but within the extended one: on time.
    clockAt("2026-09-24T10:00");
    complete(task(), reply());
    assertThat(process).isWaitingAt(APPROVE_REPLY);
    cases.assertThatCase(process).hasStatus(REPLY_PENDING_APPROVAL).agreesWithProcess();

    complete(task(), approveReply());

    assertThat(process).isEnded();
    cases.assertThatCase(process).hasStatus(CLOSED).agreesWithProcess().isNotOverdue()
        .satisfies(record -> assertThat(record.getReplyMet()).isTrue());
  }

  @Test
  void refusedExtensionKeepsTheReplyDueDate() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));

    clockAt("2026-09-01T10:00");
    complete(task(), requestExtension(12));
    assertThat(process).isWaitingAt(APPROVE_EXTENSION);
    cases.assertThatCase(process).hasStatus(EXTENSION_PENDING).agreesWithProcess();

    complete(task(), refuseExtension("案情并不复杂，请按期办结。"));

    assertThat(process).isWaitingAt(HANDLE_CASE);
    assertThat(task()).hasDueDate(endOf("2026-09-14"));
    assertThat(job(REPLY_DEADLINE)).hasDueDate(endOf("2026-09-14"));
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess()
        .hasEvent(EventType.EXTENSION_REFUSED, "不批准延期。案情并不复杂，请按期办结。")
        .hasNoEvent(EventType.EXTENSION_GRANTED)
        .satisfies(record -> {
          assertThat(record.getReplyDueAt()).isEqualTo(endOf("2026-09-14").toInstant());
          assertThat(record.getExtensionDays()).isNull();
          assertThat(record.hasHadExtension()).isFalse();
        });
  }

  @Test
  void secondExtensionIsRefused() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    clockAt("2026-09-01T10:00");
    complete(task(), requestExtension(12));
    assertThat(process).isWaitingAt(APPROVE_EXTENSION);
    cases.assertThatCase(process).hasStatus(EXTENSION_PENDING).agreesWithProcess();

    complete(task(), approveExtension());
    assertThat(process).isWaitingAt(HANDLE_CASE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess();

    clockAt("2026-09-20T10:00");
    assertThatThrownBy(() -> complete(task(), requestExtension(5)))
        .hasRootCauseInstanceOf(InvalidStepInput.class)
        .hasRootCauseMessage("办理结果：办理期限只能延长一次（《信访工作条例》第三十四条）");

    assertThat(process).isWaitingAt(HANDLE_CASE);
    assertThat(job(REPLY_DEADLINE)).hasDueDate(endOf("2026-09-28"));
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess()
        .hasEvents(EventType.EXTENSION_REQUESTED, 1);
  }

  @Test
  void extensionOfMoreThanThirtyDaysIsRefused() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    clockAt("2026-09-01T10:00");

    assertThatThrownBy(() -> complete(task(), requestExtension(31)))
        .hasRootCauseInstanceOf(InvalidStepInput.class)
        .hasRootCauseMessage("延期天数：必须在1到30天之间");

    assertThat(process).isWaitingAt(HANDLE_CASE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess()
        .hasNoEvent(EventType.EXTENSION_REQUESTED);

    complete(task(), requestExtension(30));

    assertThat(process).isWaitingAt(APPROVE_EXTENSION);
    cases.assertThatCase(process).hasStatus(EXTENSION_PENDING).agreesWithProcess();
  }

  @Test
  void extensionCannotBeAskedOnceTheReplyIsOverdue() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    clockAt("2026-09-15T09:00");

    assertThatThrownBy(() -> complete(task(), requestExtension(10)))
        .hasRootCauseInstanceOf(InvalidStepInput.class)
        .hasRootCauseMessage("办理结果：答复期限已届满，不能再申请延期");

    assertThat(process).isWaitingAt(HANDLE_CASE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess();
  }

  @Test
  void extensionCannotBeApprovedOnceTheReplyIsOverdue() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    clockAt("2026-09-10T10:00");
    complete(task(), requestExtension(10));
    assertThat(process).isWaitingAt(APPROVE_EXTENSION);

    clockAt("2026-09-15T09:00");
    assertThatThrownBy(() -> complete(task(), approveExtension()))
        .hasRootCauseInstanceOf(InvalidStepInput.class)
        .hasRootCauseMessage("审批意见：答复期限已届满，不能再批准延期，只能不予批准");

    assertThat(process).isWaitingAt(APPROVE_EXTENSION);
    cases.assertThatCase(process).hasStatus(EXTENSION_PENDING).agreesWithProcess()
        .hasNoEvent(EventType.EXTENSION_GRANTED);

    complete(task(), refuseExtension("已超过答复期限。"));
    assertThat(process).isWaitingAt(HANDLE_CASE);
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess()
        .satisfies(record -> assertThat(record.getReplyDueAt()).isEqualTo(endOf("2026-09-14").toInstant()));
  }
}
