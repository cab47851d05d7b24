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
import static org.xinfang.casefile.CaseStatus.IN_HANDLING;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.chinaTime;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionCases.endOf;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPTANCE_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPTANCE_REMINDER;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPT_ITEM;
import static org.xinfang.workflow.PetitionProcess.Elements.APPROVE_EXTENSION;
import static org.xinfang.workflow.PetitionProcess.Elements.DECIDE_ROUTING;
import static org.xinfang.workflow.PetitionProcess.Elements.EXTENDED_REPLY_REMINDER;
import static org.xinfang.workflow.PetitionProcess.Elements.HANDLE_CASE;
import static org.xinfang.workflow.PetitionProcess.Elements.REPLY_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.REPLY_REMINDER;
import static org.xinfang.workflow.PetitionProcess.Elements.ROUTING_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.ROUTING_REMINDER;
import static org.xinfang.workflow.StepForms.approveExtension;
import static org.xinfang.workflow.StepForms.approveReply;
import static org.xinfang.workflow.StepForms.assignTo;
import static org.xinfang.workflow.StepForms.object;
import static org.xinfang.workflow.StepForms.reply;
import static org.xinfang.workflow.StepForms.requestExtension;
import static org.xinfang.workflow.StepForms.transferTo;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.EventType;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.notification.Notification;
import org.xinfang.notification.NotificationRepository;
import org.xinfang.notification.RecipientKind;
import org.xinfang.organization.Roles;

/**
 * Three working days before each limit (the lead time of the reminder timers in the model), the
 * group holding the step is reminded: the task's follow-up date, a notice to the group, an entry on
 * the timeline. The step stays open and the limit's own timer keeps running.
 */
@PetitionProcessContext
class LimitRemindersTest {

  @Autowired PetitionCases cases;
  @Autowired NotificationRepository outbox;

  @Test
  void routingReminderFiresThreeWorkingDaysBeforeAndRemindsThePetitionRoom() {
    ProcessInstance process = cases.registeredOnFriday3July();

    // Due Mon 07-20: back over Fri 07-17 and Thu 07-16 to Wed 07-15.
    assertThat(job(ROUTING_DEADLINE)).hasDueDate(endOf("2026-07-20"));
    assertThat(job(ROUTING_REMINDER)).hasDueDate(startOf("2026-07-15"));
    assertThat(task().getFollowUpDate()).isEqualTo(startOf("2026-07-15"));

    clockAt("2026-07-15T00:00");
    execute(job(ROUTING_REMINDER));

    assertThat(process).hasPassed("Task_RemindRouting").isWaitingAt(DECIDE_ROUTING);
    assertThat(task().getFollowUpDate()).isEqualTo(startOf("2026-07-15"));
    assertThat(job(ROUTING_DEADLINE)).hasDueDate(endOf("2026-07-20"));
    assertThat(reminders(process)).singleElement().satisfies(reminder -> {
      assertThat(reminder.getRecipientKind()).isEqualTo(RecipientKind.GROUP);
      assertThat(reminder.getRecipient()).isEqualTo(Roles.PETITION_ROOM);
      assertThat(reminder.getBody()).contains(process.getBusinessKey(), "反映某建筑公司拖欠农民工工资",
          "信访部门处理期限将于2026年7月20日届满", "审查并决定办理方式");
    });
    cases.assertThatCase(process).hasStatus(AWAITING_ROUTING).agreesWithProcess().isNotOverdue()
        .hasEvent(EventType.REMINDER_SENT, "信访部门处理期限将于2026年7月20日届满")
        .hasEvent(EventType.NOTICE_ISSUED, "提醒信访部门处理期限将于2026年7月20日届满");
  }

  @Test
  void acceptanceReminderGoesToTheUnitHandlers() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));

    // Due Mon 07-27: Wed 07-22.
    assertThat(job(ACCEPTANCE_DEADLINE)).hasDueDate(endOf("2026-07-27"));
    assertThat(job(ACCEPTANCE_REMINDER)).hasDueDate(startOf("2026-07-22"));
    assertThat(task().getFollowUpDate()).isEqualTo(startOf("2026-07-22"));

    clockAt("2026-07-22T00:00");
    execute(job(ACCEPTANCE_REMINDER));

    assertThat(process).isWaitingAt(ACCEPT_ITEM);
    assertThat(reminders(process)).singleElement().satisfies(reminder -> {
      assertThat(reminder.getRecipient()).isEqualTo(Roles.unitHandlers(CHENGBEI));
      assertThat(reminder.getBody()).contains("责任单位受理期限将于2026年7月27日届满");
    });
    cases.assertThatCase(process).hasStatus(AWAITING_ACCEPTANCE).agreesWithProcess()
        .hasEvent(EventType.REMINDER_SENT, "责任单位受理期限");
  }

  @Test
  void routingReminderOfASecondRoundCountsFromTheNewLimit() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));
    clockAt("2026-07-13T10:00");
    complete(task(), object());

    // Back at the petition room on Mon 07-13: 15 days end on Tue 07-28; Fri 07-24, Mon 07-27 skipped back.
    assertThat(process).isWaitingAt(DECIDE_ROUTING);
    assertThat(job(ROUTING_DEADLINE)).hasDueDate(endOf("2026-07-28"));
    assertThat(job(ROUTING_REMINDER)).hasDueDate(startOf("2026-07-23"));
    assertThat(task().getFollowUpDate()).isEqualTo(startOf("2026-07-23"));
  }

  @Test
  void replyReminderMovesWithAnApprovedExtension() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));

    // Due Mon 09-14: Wed 09-09.
    assertThat(job(REPLY_DEADLINE)).hasDueDate(endOf("2026-09-14"));
    assertThat(job(REPLY_REMINDER)).hasDueDate(startOf("2026-09-09"));
    assertThat(task().getFollowUpDate()).isEqualTo(startOf("2026-09-09"));

    clockAt("2026-09-01T10:00");
    complete(task(), requestExtension(12));
    assertThat(process).isWaitingAt(APPROVE_EXTENSION);
    assertThat(task().getFollowUpDate()).isEqualTo(startOf("2026-09-09"));
    clockAt("2026-09-02T10:00");
    complete(task(), approveExtension());

    // Due Mon 09-28 after the Mid-Autumn break (Fri 09-25 to Sun 09-27): Thu 09-24, Wed 09-23, Tue 09-22.
    assertThat(process).isWaitingAt(HANDLE_CASE, EXTENDED_REPLY_REMINDER);
    assertThat(job(REPLY_DEADLINE)).hasDueDate(endOf("2026-09-28"));
    assertThat(jobQuery().processInstanceId(process.getId()).activityId(REPLY_REMINDER).count()).as("the reminder of the old date").isZero();
    assertThat(job(EXTENDED_REPLY_REMINDER)).hasDueDate(startOf("2026-09-22"));
    assertThat(task().getFollowUpDate()).isEqualTo(startOf("2026-09-22"));

    clockAt("2026-09-22T00:00");
    execute(job(EXTENDED_REPLY_REMINDER));

    assertThat(process).hasPassed("Task_RemindExtendedReply").isWaitingAt(HANDLE_CASE);
    assertThat(reminders(process)).singleElement().satisfies(reminder -> {
      assertThat(reminder.getRecipient()).isEqualTo(Roles.unitHandlers(CHENGBEI));
      assertThat(reminder.getBody()).contains("答复期限将于2026年9月28日届满");
    });
    cases.assertThatCase(process).hasStatus(IN_HANDLING).agreesWithProcess().isNotOverdue()
        .hasEvent(EventType.REMINDER_SENT, "答复期限将于2026年9月28日届满");
  }

  @Test
  void aReminderThatFiredBeforeTheExtensionIsSentAgainForTheExtendedDate() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    clockAt("2026-09-09T00:00");
    execute(job(REPLY_REMINDER));
    assertThat(reminders(process)).hasSize(1);

    clockAt("2026-09-10T10:00");
    complete(task(), requestExtension(12));
    clockAt("2026-09-11T10:00");
    complete(task(), approveExtension());

    assertThat(job(EXTENDED_REPLY_REMINDER)).hasDueDate(startOf("2026-09-22"));
    assertThat(task().getFollowUpDate()).isEqualTo(startOf("2026-09-22"));
    clockAt("2026-09-22T00:00");
    execute(job(EXTENDED_REPLY_REMINDER));

    assertThat(reminders(process)).extracting(Notification::getBody).satisfiesExactly(
        first -> assertThat(first).contains("答复期限将于2026年9月14日届满"),
        second -> assertThat(second).contains("答复期限将于2026年9月28日届满"));
    cases.assertThatCase(process).hasEvents(EventType.REMINDER_SENT, 2).agreesWithProcess();
  }

  @Test
  void aPendingExtendedReminderEndsWithTheHandling() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    clockAt("2026-09-01T10:00");
    complete(task(), requestExtension(12));
    complete(task(), approveExtension());
    assertThat(process).isWaitingAt(HANDLE_CASE, EXTENDED_REPLY_REMINDER);

    complete(task(), reply());
    complete(task(), approveReply());

    assertThat(process).isEnded();
    cases.assertThatCase(process).agreesWithProcess().hasNoEvent(EventType.REMINDER_SENT);
  }

  @Test
  void aLimitShorterThanTheLeadTimeIsRemindedOfAtOnce() {
    ProcessInstance process = cases.acceptedOnTuesday14July(assignTo(CHENGBEI, 3));

    // Due Fri 07-17; three working days before is Tue 07-14, the day it started: remind now.
    assertThat(job(REPLY_DEADLINE)).hasDueDate(endOf("2026-07-17"));
    assertThat(job(REPLY_REMINDER)).hasDueDate(Date.from(chinaTime("2026-07-14T15:00")));

    execute(job(REPLY_REMINDER));

    assertThat(process).isWaitingAt(HANDLE_CASE);
    assertThat(reminders(process)).singleElement()
        .satisfies(reminder -> assertThat(reminder.getBody()).contains("答复期限将于2026年7月17日届满"));
    cases.assertThatCase(process).agreesWithProcess().hasEvents(EventType.REMINDER_SENT, 1);
  }

  private List<Notification> reminders(ProcessInstance process) {
    Long caseId = cases.record(process).getId();
    return outbox.findByCaseIdOrderByIdAsc(caseId).stream()
        .filter(notification -> "期限提醒".equals(notification.getNotice())).toList();
  }

  private static Date startOf(String chinaDate) {
    return Date.from(LocalDate.parse(chinaDate).atStartOfDay(ChinaTime.ZONE).toInstant());
  }
}
