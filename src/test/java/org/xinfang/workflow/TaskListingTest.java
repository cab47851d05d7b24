package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.StepForms.accept;
import static org.xinfang.workflow.StepForms.transferTo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.organization.Roles;

/**
 * What Tasklist's list shows of a task, read the way its list request reads it: the variables of
 * the task and of its process, with the permissions of the user who lists them.
 */
@PetitionProcessContext
class TaskListingTest {

  @Autowired PetitionCases cases;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;

  @AfterEach
  void forgetUser() {
    identity.clearAuthentication();
  }

  @Test
  void thePetitionRoomListsItsTasksByCaseNumberTitleAndLimit() {
    ProcessInstance process = cases.registeredOnFriday3July();
    Task routing = task(process);

    identity.setAuthentication("xfs.zhao", List.of(Roles.PETITION_ROOM));
    // why the list was empty: the room may read its tasks, not the process instance of every case
    assertThat(runtime.createVariableInstanceQuery().variableScopeIdIn(process.getId())
        .variableName(PetitionProcess.Variables.CASE_NUMBER).count()).isZero();
    assertThat(listed(routing, process)).containsExactlyInAnyOrderEntriesOf(Map.of(
        TaskListing.CASE_NUMBER, process.getBusinessKey(),
        TaskListing.CASE_TITLE, "反映某建筑公司拖欠农民工工资",
        TaskListing.UNIT, "信访室",
        TaskListing.LIMIT, "信访部门处理期限 2026年7月20日届满",
        TaskListing.REMINDER, day(routing)));
    assertThat(routing.getFollowUpDate()).isBefore(routing.getDueDate());
  }

  @Test
  void aUnitListsItsTasksWithItsNameAndTheLimitEachStepRunsAgainst() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));

    identity.setAuthentication("chengbei.jb", List.of(Roles.unitHandlers(CHENGBEI)));
    assertThat(listed(task(process), process))
        .containsEntry(TaskListing.UNIT, "城北街道")
        .containsEntry(TaskListing.LIMIT, "责任单位受理期限 2026年7月27日届满");
    identity.clearAuthentication();

    PetitionCases.clockAt("2026-07-14T15:00");
    complete(task(process), accept());

    Task handling = task(process);
    assertThat(listed(handling, process))
        .containsEntry(TaskListing.UNIT, "城北街道")
        .containsEntry(TaskListing.LIMIT, "答复期限 " + ChinaTime.DAY.format(handling.getDueDate().toInstant()) + "届满")
        .containsEntry(TaskListing.REMINDER, day(handling));
  }

  /** The list's variables of a task, as the current user may read them, the task's own first. */
  private Map<String, Object> listed(Task task, ProcessInstance process) {
    return runtime.createVariableInstanceQuery()
        .variableScopeIdIn(task.getId(), process.getId())
        .variableNameIn(TaskListing.COLUMNS.stream().map(Map.Entry::getKey).toArray(String[]::new))
        .listPage(0, 100).stream()
        .filter(variable -> task.getId().equals(variable.getTaskId()))
        .collect(Collectors.toMap(VariableInstance::getName, VariableInstance::getValue));
  }

  private static String day(Task task) {
    return ChinaTime.DAY.format(task.getFollowUpDate().toInstant());
  }
}
