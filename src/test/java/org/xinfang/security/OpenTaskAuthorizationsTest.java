package org.xinfang.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseIntake;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;
import org.xinfang.workflow.CaseRegistration;
import org.xinfang.workflow.PetitionProcess.Variables;

/** Work waiting since before the engine checked authorizations is found again by those it is offered to. */
@SpringBootTest
@ActiveProfiles("test")
class OpenTaskAuthorizationsTest {

  private static final String UNIT = "liuhe";

  @Autowired ProcessEngine engine;
  @Autowired CaseRegistration registration;
  @Autowired UnitDirectory units;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired OpenTaskAuthorizations openTasks;

  @AfterEach
  void checkAgain() {
    configuration().setAuthorizationEnabled(true);
    identity.clearAuthentication();
  }

  @Test
  void aTaskCreatedWithoutChecksGetsItsCandidatesAuthorizations() {
    units.ensureUnit(UNIT, "六合镇", UnitKind.TOWN);
    configuration().setAuthorizationEnabled(false);
    String caseNumber = registration.register(new CaseIntake(Channel.LETTER, null, null, 1, CaseClass.CLAIM,
        SubjectCategory.AGRICULTURE_RURAL, "反映村道损坏", "村道多处塌陷，雨天无法通行。", UNIT,
        List.of(new Petitioner("刘一", null, "13807460002", null)))).petitionCase().getCaseNumber();
    tasks.complete(waiting(caseNumber).getId(), Map.of(Variables.ROUTING_DECISION, "TRANSFER",
        Variables.ROUTING_OPINION, "属地管理。", Variables.RESPONSIBLE_UNIT, UNIT));
    configuration().setAuthorizationEnabled(true);

    identity.setAuthentication(UNIT + ".jb", List.of(Roles.unitHandlers(UNIT)));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isZero();

    identity.clearAuthentication();
    openTasks.run(null);

    identity.setAuthentication(UNIT + ".jb", List.of(Roles.unitHandlers(UNIT)));
    Task found = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(found).isNotNull();
    tasks.claim(found.getId(), UNIT + ".jb");
    assertThat(tasks.createTaskQuery().taskAssignee(UNIT + ".jb").count()).isOne();
  }

  private Task waiting(String caseNumber) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
