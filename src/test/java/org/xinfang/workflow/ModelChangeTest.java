package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionCases.endOf;
import static org.xinfang.workflow.PetitionProcess.Elements.HANDLE_CASE;
import static org.xinfang.workflow.PetitionProcess.Elements.REPLY_DEADLINE;
import static org.xinfang.workflow.StepForms.accept;
import static org.xinfang.workflow.StepForms.transferTo;

import java.io.IOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.EventType;

/**
 * The lengths of the limits live in the model. A process designer shortens the reply limit from
 * 60 to 45 days in petition-case.bpmn and deploys it: new cases get 45 days, while a case started
 * on the old version keeps its 60, even when it reaches the limit after the new version is out.
 */
@PetitionProcessContext
class ModelChangeTest {

  @Autowired PetitionCases cases;
  @Autowired RepositoryService repository;

  private String changedDeployment;

  @AfterEach
  void undeployTheChangedModel() {
    if (changedDeployment != null) {
      repository.deleteDeployment(changedDeployment, true);
    }
  }

  @Test
  void newCasesFollowAChangedLimitWhileRunningCasesKeepTheirs() throws IOException {
    ProcessInstance running = cases.routedOnFriday10July(transferTo(CHENGBEI));
    int oldVersion = versionOf(running);

    changedDeployment = ChangedModel.deployWithReplyLimitOf(repository, 45);

    // The running case reaches its reply limit after the change: 60 days from Wed 07-15 end on
    // Sat 09-12, so Mon 09-14, as before the change.
    clockAt("2026-07-14T15:00");
    complete(task(running), accept());
    assertThat(running).isWaitingAt(HANDLE_CASE);
    assertThat(job(REPLY_DEADLINE, running)).hasDueDate(endOf("2026-09-14"));
    assertThat(task(running)).hasDueDate(endOf("2026-09-14"));
    cases.assertThatCase(running).agreesWithProcess()
        .hasEvent(EventType.LIMIT_SET, "答复期限60日，2026年9月14日届满")
        .satisfies(record -> assertThat(record.getReplyDueAt()).isEqualTo(endOf("2026-09-14").toInstant()));

    // A case registered after the change: 45 days from Wed 07-15 end on Fri 08-28.
    ProcessInstance fresh = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    assertThat(versionOf(fresh)).isEqualTo(oldVersion + 1);
    assertThat(versionOf(running)).isEqualTo(oldVersion);
    assertThat(job(REPLY_DEADLINE, fresh)).hasDueDate(endOf("2026-08-28"));
    assertThat(task(fresh)).hasDueDate(endOf("2026-08-28"));
    cases.assertThatCase(fresh).agreesWithProcess()
        .hasEvent(EventType.LIMIT_SET, "答复期限45日，2026年8月28日届满")
        .satisfies(record -> assertThat(record.getReplyDueAt()).isEqualTo(endOf("2026-08-28").toInstant()));

    assertThat(job(REPLY_DEADLINE, running)).hasDueDate(endOf("2026-09-14"));
  }

  private int versionOf(ProcessInstance process) {
    return repository.getProcessDefinition(process.getProcessDefinitionId()).getVersion();
  }
}
