package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPT_ITEM;
import static org.xinfang.workflow.PetitionProcess.Elements.DECIDE_ROUTING;
import static org.xinfang.workflow.PetitionProcess.Elements.HANDLE_CASE;
import static org.xinfang.workflow.StepForms.accept;
import static org.xinfang.workflow.StepForms.transferTo;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseIntake;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.organization.Roles;

/**
 * An accuser's identity and material never enter the engine (Art. 30 ¶3): not the task variables a
 * Tasklist form shows, not the process variables, not their history that Cockpit shows. Whoever
 * reads a task, its process or its history learns nothing of who accuses and what they submitted.
 */
@PetitionProcessContext
class AccuserConfidentialityTest {

  private static final String REGISTRAR = "xfs.confidential";
  private static final String ACCUSER = "欧阳秘";
  private static final String ID_NUMBER = "431102198003150012";
  private static final String PHONE = "13807469999";
  private static final String ADDRESS = "城北街道秘密巷9号";
  private static final String MATERIAL = "举报城北街道某科长收受工程老板红包两万元，附转账截图三张。";

  @Autowired CaseRegistration registration;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired PetitionCases cases;

  @AfterEach
  void forgetUser() {
    identity.clearAuthentication();
  }

  @Test
  void anAccusationIsRoutedByItsRegistrarOrTheDisciplineChannelOnly() {
    ProcessInstance process = registerAccusation();

    assertThat(process).isWaitingAt(DECIDE_ROUTING);
    List<IdentityLink> links = tasks.getIdentityLinksForTask(task(process).getId());
    assertThat(links).extracting(IdentityLink::getGroupId).containsOnly(Roles.DISCIPLINE, null)
        .doesNotContain(Roles.PETITION_ROOM);
    assertThat(links).extracting(IdentityLink::getUserId).contains(REGISTRAR);
  }

  @Test
  void anOrdinaryItemIsRoutedByTheWholePetitionRoom() {
    clockAt("2026-07-03T10:00");
    ProcessInstance process = cases.register();

    assertThat(task(process)).hasCandidateGroup(Roles.PETITION_ROOM);
    assertThat(tasks.getIdentityLinksForTask(task(process).getId()))
        .extracting(IdentityLink::getUserId).containsOnlyNulls();
  }

  @Test
  void theFormsShowThatTheAccuserIsWithheld() {
    ProcessInstance process = registerAccusation();

    assertThat(tasks.getVariablesLocal(task(process).getId()))
        .containsEntry("petitionerNames", TaskBriefing.ACCUSER_WITHHELD)
        .containsEntry("caseClassLabel", "检举控告");
    assertThat(StepForms.text(tasks, task(process), "caseContent")).isEqualTo(TaskBriefing.ACCUSATION_WITHHELD);
  }

  @Test
  void noVariableOfTheProcessOrItsHistoryHoldsTheAccuserOrTheMaterial() {
    ProcessInstance process = registerAccusation();
    clockAt("2026-07-06T09:00");
    complete(task(process), transferTo(CHENGBEI));
    assertThat(process).isWaitingAt(ACCEPT_ITEM);
    clockAt("2026-07-07T09:00");
    complete(task(process), accept());
    assertThat(process).isWaitingAt(HANDLE_CASE);

    List<Object> runtimeValues = runtime.createVariableInstanceQuery()
        .processInstanceIdIn(process.getId()).list().stream().map(VariableInstance::getValue).toList();
    List<Object> historicValues = history.createHistoricVariableInstanceQuery()
        .processInstanceId(process.getId()).list().stream().map(HistoricVariableInstance::getValue).toList();

    assertThat(historicValues).as("the history Cockpit shows").isNotEmpty();
    Stream.concat(runtimeValues.stream(), historicValues.stream())
        .map(String::valueOf)
        .forEach(value -> assertThat(value).doesNotContain(ACCUSER, ID_NUMBER, PHONE, ADDRESS, MATERIAL));
  }

  /** The registrar enters a letter of accusation, as in the intake form. */
  private ProcessInstance registerAccusation() {
    clockAt("2026-07-03T10:00");
    identity.setAuthentication(REGISTRAR, List.of(Roles.PETITION_ROOM));
    String id;
    try {
      id = registration.register(new CaseIntake(Channel.LETTER, null, null, 1, CaseClass.ACCUSATION,
          SubjectCategory.DISCIPLINE, "举报城北街道干部受贿", MATERIAL, CHENGBEI,
          List.of(new Petitioner(ACCUSER, ID_NUMBER, PHONE, ADDRESS)))).processInstanceId();
    } finally {
      identity.clearAuthentication();
    }
    return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }
}
