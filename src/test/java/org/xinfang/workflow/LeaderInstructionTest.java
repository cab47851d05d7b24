package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.chinaTime;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionCases.endOf;
import static org.xinfang.workflow.StepForms.transferTo;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.EventType;
import org.xinfang.instruction.InstructionProcess.Answers;
import org.xinfang.instruction.InstructionProcess.Elements;
import org.xinfang.instruction.InstructionProcess.Variables;
import org.xinfang.instruction.InstructionProcess;
import org.xinfang.instruction.InstructionRequest;
import org.xinfang.instruction.InstructionStatus;
import org.xinfang.instruction.LeaderInstruction;
import org.xinfang.instruction.LeaderInstructionRepository;
import org.xinfang.instruction.LeaderInstructions;
import org.xinfang.notification.Notification;
import org.xinfang.notification.Notifications;
import org.xinfang.organization.Roles;
import org.xinfang.supervision.DeadlineWatch;
import org.xinfang.supervision.SupervisionProcess;

/**
 * A leader's instruction (领导批示) tracked to completion: the addressee's report, the leader's
 * confirmation or sending back, its reminder, and supervision once its deadline passes unmet.
 */
@PetitionProcessContext
class LeaderInstructionTest {

  private static final String LEADER = "qld.test";
  private static final String UNIT_HANDLERS = Roles.unitHandlers(CHENGBEI);

  @Autowired PetitionCases cases;
  @Autowired DeadlineWatch deadlineWatch;
  @Autowired IdentityService identityService;
  @Autowired LeaderInstructions instructions;
  @Autowired LeaderInstructionRepository records;
  @Autowired Notifications notifications;

  @Test
  void theUnitCarriesItOutInTimeAndTheLeaderConfirms() {
    ProcessInstance petition = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    clockAt("2026-07-15T10:00");
    LeaderInstruction given = instruct(petition, CHENGBEI, 10);

    ProcessInstance process = instructionProcess(petition);
    assertThat(process).isWaitingAt(Elements.CARRY_OUT);
    Task carryOut = task(Elements.CARRY_OUT, process);
    assertThat(carryOut).hasCandidateGroup(UNIT_HANDLERS).hasName("落实领导批示");
    // Ten days from Wed 07-15 end on Sat 07-25: moved to Mon 07-27, reminded three working days before.
    assertThat(job(Elements.DEADLINE, process)).hasDueDate(endOf("2026-07-27"));
    assertThat(carryOut.getDueDate()).isEqualTo(endOf("2026-07-27"));
    assertThat(job(Elements.REMINDER, process)).hasDueDate(Date.from(chinaTime("2026-07-22T00:00")));
    assertThat(carryOut.getFollowUpDate()).isEqualTo(Date.from(chinaTime("2026-07-22T00:00")));
    assertThat(taskService().getVariableLocal(carryOut.getId(), "caseContent")).asString().contains("拖欠工资");
    assertThat(record(given).getDueAt()).isEqualTo(endOf("2026-07-27").toInstant());
    assertThat(noticesTo(petition, UNIT_HANDLERS)).containsExactly("领导批示");
    cases.assertThatCase(petition)
        .hasEvent(EventType.INSTRUCTION_RECORDED, "区领导批示，交城北街道限10日内落实：请街道主要负责人亲自过问")
        .hasEvent(EventType.LIMIT_SET, "区领导批示落实期限10日，2026年7月27日届满");

    clockAt("2026-07-22T09:00");
    execute(job(Elements.REMINDER, process));
    assertThat(noticesTo(petition, UNIT_HANDLERS)).containsExactly("领导批示", "批示落实提醒");
    cases.assertThatCase(petition).hasEvent(EventType.REMINDER_SENT, "区领导批示落实期限将于2026年7月27日届满，已提醒城北街道落实");

    clockAt("2026-07-24T16:00");
    complete(carryOut, withVariables(Variables.REPORT, "已约谈用人单位，工资已全额补发。"));
    Task confirm = task(Elements.CONFIRM, process);
    assertThat(confirm).hasCandidateUser(LEADER).hasCandidateGroup(Roles.MEDIATION_ROOM);
    assertThat(record(given).getStatus()).isEqualTo(InstructionStatus.REPORTED);

    clockAt("2026-07-28T09:00");
    execute(job(Elements.DEADLINE, process));
    assertThat(record(given).isOverdue()).as("a report awaiting confirmation was in time").isFalse();
    assertThat(supervisions(petition)).isEmpty();

    complete(confirm, withVariables(Variables.DECISION, Answers.CONFIRM));
    assertThat(process).isEnded();
    LeaderInstruction done = record(given);
    assertThat(done.getStatus()).isEqualTo(InstructionStatus.COMPLETED);
    assertThat(done.getMet()).isTrue();
    assertThat(done.getCompletionReport()).isEqualTo("已约谈用人单位，工资已全额补发。");
    cases.assertThatCase(petition)
        .hasEvent(EventType.INSTRUCTION_REPORTED, "城北街道报告批示落实情况：已约谈用人单位")
        .hasEvent(EventType.INSTRUCTION_COMPLETED, "确认批示已落实（按期）")
        .hasNoEvent(EventType.INSTRUCTION_OVERDUE);
  }

  @Test
  void anOverdueInstructionIsSupervisedUntilItIsCarriedOut() {
    ProcessInstance petition = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    clockAt("2026-07-15T10:00");
    LeaderInstruction given = instruct(petition, CHENGBEI, 10);
    ProcessInstance process = instructionProcess(petition);

    clockAt("2026-07-28T00:00");
    execute(job(Elements.DEADLINE, process));

    assertThat(record(given).isOverdue()).isTrue();
    assertThat(record(given).getMet()).isFalse();
    assertThat(watchedBySupervisors()).filteredOn(watched -> watched.limit().code().startsWith("INSTRUCTION-"))
        .singleElement().satisfies(watched -> {
          assertThat(watched.caseNumber()).isEqualTo(petition.getBusinessKey());
          assertThat(watched.limit().label()).isEqualTo("区领导批示落实期限");
          assertThat(watched.actor()).extracting("code", "label").containsExactly(CHENGBEI, "城北街道");
          assertThat(watched.overdue()).isTrue();
        });
    assertThat(process).isWaitingAt(Elements.CARRY_OUT);
    ProcessInstance supervision = supervisionOf(petition);
    assertThat(supervision).isWaitingAt(SupervisionProcess.Elements.ISSUE_NOTICE).variables()
        .containsEntry(SupervisionProcess.Variables.LIMIT, "INSTRUCTION-" + given.getId())
        .containsEntry(SupervisionProcess.Variables.LIMIT_LABEL, "区领导批示落实期限")
        .containsEntry(SupervisionProcess.Variables.RESPONSIBLE_NAME, "城北街道")
        .containsEntry(SupervisionProcess.Variables.RESPONSIBLE_GROUP, UNIT_HANDLERS)
        .containsEntry(SupervisionProcess.Variables.RESPONSIBLE_LEADERS, Roles.unitLeaders(CHENGBEI));
    cases.assertThatCase(petition)
        .hasEvent(EventType.INSTRUCTION_OVERDUE, "区领导批示落实期限已届满，城北街道未落实批示")
        .hasEvent(EventType.SUPERVISION_STARTED, "区领导批示落实期限已届满，启动超期督办，督办对象：城北街道");

    complete(task(SupervisionProcess.Elements.ISSUE_NOTICE, supervision), withVariables(
        SupervisionProcess.Variables.NOTICE_TEXT, "请即落实区领导批示。", SupervisionProcess.Variables.FEEDBACK_DAYS, 3));
    execute(job(SupervisionProcess.Elements.URGE_TIMER, supervision));
    cases.assertThatCase(petition).hasEvent(EventType.SUPERVISION_ESCALATED, "催办：城北街道逾期未反馈督办");

    clockAt("2026-08-03T10:00");
    complete(task(Elements.CARRY_OUT, process), withVariables(Variables.REPORT, "已落实。"));
    assertThat(supervision).as("supervised until the leader confirms").isNotEnded();
    complete(task(Elements.CONFIRM, process), withVariables(Variables.DECISION, Answers.CONFIRM));

    assertThat(process).isEnded();
    assertThat(supervision).isEnded();
    assertThat(record(given).getMet()).isFalse();
    cases.assertThatCase(petition)
        .hasEvent(EventType.INSTRUCTION_COMPLETED, "确认批示已落实（逾期）")
        .hasEvent(EventType.SUPERVISION_ENDED, "城北街道已办理超期事项，督办结束");
  }

  @Test
  void aReportSentBackAfterTheDeadlineMakesItOverdue() {
    ProcessInstance petition = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    clockAt("2026-07-15T10:00");
    LeaderInstruction given = instruct(petition, Roles.MEDIATION_ROOM, 5);
    ProcessInstance process = instructionProcess(petition);
    assertThat(task(Elements.CARRY_OUT, process)).hasCandidateGroup(Roles.MEDIATION_ROOM);

    clockAt("2026-07-17T10:00");
    complete(task(Elements.CARRY_OUT, process), withVariables(Variables.REPORT, "已组织双方调解。"));
    Task confirm = task(Elements.CONFIRM, process);
    assertThatThrownBy(() -> complete(confirm, withVariables(Variables.DECISION, Answers.RETURN)))
        .hasMessageContaining("说明：必须填写");
    assertThatThrownBy(() -> complete(confirm, withVariables(Variables.DECISION, "MAYBE")))
        .hasMessageContaining("确认意见：取值“MAYBE”无效");

    clockAt("2026-07-21T00:00");
    execute(job(Elements.DEADLINE, process));
    assertThat(record(given).isOverdue()).isFalse();

    complete(confirm, withVariables(Variables.DECISION, Answers.RETURN, Variables.NOTE, "调解协议尚未履行，继续跟进。"));
    assertThat(process).isWaitingAt(Elements.CARRY_OUT);
    Task again = task(Elements.CARRY_OUT, process);
    assertThat(taskService().getVariable(again.getId(), Variables.NOTE)).isEqualTo("调解协议尚未履行，继续跟进。");
    assertThat(record(given).isOverdue()).isTrue();
    assertThat(record(given).getStatus()).isEqualTo(InstructionStatus.OPEN);
    assertThat(supervisionOf(petition)).variables()
        .containsEntry(SupervisionProcess.Variables.RESPONSIBLE_NAME, "调纠室")
        .containsEntry(SupervisionProcess.Variables.RESPONSIBLE_LEADERS, Roles.BUREAU_LEADERS);
    cases.assertThatCase(petition)
        .hasEvent(EventType.INSTRUCTION_RETURNED, "批示落实情况退回调纠室继续落实：调解协议尚未履行")
        .hasEvents(EventType.INSTRUCTION_OVERDUE, 1);

    assertThatThrownBy(() -> complete(again, withVariables(Variables.REPORT, "  ")))
        .hasMessageContaining("落实情况：必须填写");
    complete(again, withVariables(Variables.REPORT, "调解协议已履行完毕。"));
    complete(task(Elements.CONFIRM, process), withVariables(Variables.DECISION, Answers.CONFIRM, Variables.NOTE, "同意。"));
    assertThat(process).isEnded();
    assertThat(supervisions(petition)).isEmpty();
    assertThat(record(given).getCompletionReport()).isEqualTo("调解协议已履行完毕。");
  }

  private LeaderInstruction instruct(ProcessInstance petition, String addressee, int days) {
    return instructions.record(petition.getBusinessKey(),
        new InstructionRequest("请街道主要负责人亲自过问，依法妥善处理。", addressee, days),
        LEADER, List.of(Roles.DISTRICT_LEADERS));
  }

  private LeaderInstruction record(LeaderInstruction instruction) {
    return records.findById(instruction.getId()).orElseThrow();
  }

  private static ProcessInstance instructionProcess(ProcessInstance petition) {
    return processInstanceQuery().processDefinitionKey(InstructionProcess.KEY)
        .processInstanceBusinessKey(petition.getBusinessKey()).singleResult();
  }

  private static List<ProcessInstance> supervisions(ProcessInstance petition) {
    return processInstanceQuery().processDefinitionKey(SupervisionProcess.KEY)
        .processInstanceBusinessKey(petition.getBusinessKey()).list();
  }

  private static ProcessInstance supervisionOf(ProcessInstance petition) {
    List<ProcessInstance> running = supervisions(petition);
    assertThat(running).hasSize(1);
    return running.get(0);
  }

  private List<String> noticesTo(ProcessInstance petition, String group) {
    return notifications.of(cases.record(petition)).stream()
        .filter(notification -> group.equals(notification.getRecipient()))
        .map(Notification::getNotice)
        .toList();
  }

  /** The supervisors' list of deadlines passed or ending within three days, as a supervisor sees it. */
  private List<DeadlineWatch.WatchedCase> watchedBySupervisors() {
    identityService.setAuthentication("watching.supervisor", List.of(Roles.SUPERVISORS));
    try {
      return deadlineWatch.watch(3).cases();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
