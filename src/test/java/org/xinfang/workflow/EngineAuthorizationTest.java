package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.RENSHE;
import static org.xinfang.workflow.StepForms.object;
import static org.xinfang.workflow.StepForms.transferTo;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.organization.Roles;

/**
 * The engine's own checks, as Tasklist and Cockpit meet them: a unit sees and works on its own
 * cases' tasks and process instances only, and only while the item is the unit's; the roles that
 * watch the district see everything; the webapps open to the roles they are for.
 */
@PetitionProcessContext
class EngineAuthorizationTest {

  @Autowired PetitionCases cases;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired AuthorizationService authorizations;

  @AfterEach
  void forgetUser() {
    identity.clearAuthentication();
  }

  @Test
  void aUnitSeesAndWorksOnlyOnTheItemsRoutedToIt() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));
    String taskId = task(process).getId();

    actAs("chengbei.jb", Roles.unitHandlers(CHENGBEI));
    assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).count()).isOne();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isOne();
    tasks.claim(taskId, "chengbei.jb");

    actAs("renshe.jb", Roles.unitHandlers(RENSHE));
    assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();
    assertThatThrownBy(() -> tasks.complete(taskId)).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtime.getVariables(process.getId())).isInstanceOf(AuthorizationException.class);
  }

  @Test
  void anObjectionTakesTheItemAwayFromTheUnit() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));
    complete(task(process), object());

    actAs("chengbei.jb", Roles.unitHandlers(CHENGBEI));
    assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();

    actAs("xfs.zhao", Roles.PETITION_ROOM);
    assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).count()).isOne();
  }

  @Test
  void theDistrictsWatchersSeeEveryUnitsWork() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));

    for (String watcher : List.of(Roles.SUPERVISORS, Roles.MEDIATION_ROOM, Roles.BUREAU_LEADERS,
        Roles.DISTRICT_LEADERS)) {
      actAs("watcher", watcher);
      assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).count()).as(watcher).isOne();
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).as(watcher).isOne();
    }
    actAs("xfs.zhao", Roles.PETITION_ROOM);
    assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).count())
        .as("the petition room keeps to its own tasks").isZero();
  }

  @Test
  void supervisorsReadCockpitsTaskCountsButChangeNothing() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));
    String taskId = task(process).getId();

    actAs("ducha.sun", Roles.SUPERVISORS);
    assertThat(tasks.createTaskReport().taskCountByCandidateGroup())
        .anySatisfy(count -> assertThat(count.getGroupName()).isEqualTo(Roles.unitHandlers(CHENGBEI)));
    assertThatThrownBy(() -> tasks.setAssignee(taskId, "ducha.sun")).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtime.setVariable(process.getId(), "caseTitle", "改"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtime.suspendProcessInstanceById(process.getId()))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtime.deleteProcessInstance(process.getId(), "督查"))
        .isInstanceOf(AuthorizationException.class);

    actAs("jld.wang", Roles.BUREAU_LEADERS);
    assertThatThrownBy(() -> tasks.createTaskReport().taskCountByCandidateGroup())
        .as("the count is for Cockpit, which is the supervisors'").isInstanceOf(AuthorizationException.class);
  }

  @Test
  void nobodyStartsAPetitionWithoutItsRegistration() {
    actAs("xfs.zhao", Roles.PETITION_ROOM);

    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PetitionProcess.KEY))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void tasklistIsForEveryoneCockpitAndAdminForSupervisors() {
    assertThat(mayOpen("tasklist", Roles.unitHandlers(CHENGBEI))).isTrue();
    assertThat(mayOpen("cockpit", Roles.unitHandlers(CHENGBEI))).isFalse();
    assertThat(mayOpen("admin", Roles.unitHandlers(CHENGBEI))).isFalse();
    assertThat(mayOpen("cockpit", Roles.PETITION_ROOM)).isFalse();
    assertThat(mayOpen("cockpit", Roles.BUREAU_LEADERS)).isFalse();
    assertThat(mayOpen("cockpit", Roles.SUPERVISORS)).isTrue();
    assertThat(mayOpen("admin", Roles.SUPERVISORS)).isTrue();
    assertThat(mayOpen("admin", Roles.ADMINISTRATORS)).isTrue();
  }

  private boolean mayOpen(String application, String group) {
    return authorizations.isUserAuthorized("someone", List.of(group), Permissions.ACCESS, Resources.APPLICATION,
        application);
  }

  private void actAs(String userId, String group) {
    identity.setAuthentication(userId, List.of(group));
  }
}
