package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionCases.endOf;
import static org.xinfang.workflow.PetitionProcess.Elements.REPLY_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.REPLY_REMINDER;
import static org.xinfang.workflow.PetitionProcess.Elements.ROUTING_REMINDER;
import static org.xinfang.workflow.StepForms.transferTo;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.deadline.ChinaTime;

/** A reminder's lead time lives in the model; a reminder never counts from a stale due date. */
@PetitionProcessContext
class ReminderModelTest {

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
  void aLeadTimeChangedInTheModelIsFollowedByNewCases() throws IOException {
    changedDeployment = ChangedModel.deploy(repository, "答复期限提前5个工作日提醒", model -> {
      BoundaryEvent reminder = model.getModelElementById(REPLY_REMINDER);
      TimeDate timeDate = ((TimerEventDefinition) reminder.getEventDefinitions().iterator().next()).getTimeDate();
      assertThat(timeDate.getTextContent()).contains("'REPLY', 3)");
      timeDate.setTextContent(timeDate.getTextContent().replace("'REPLY', 3)", "'REPLY', 5)"));
    });

    cases.acceptedOnTuesday14July(transferTo(CHENGBEI));

    // Due Mon 09-14: five working days back is Mon 09-07.
    assertThat(job(REPLY_DEADLINE)).hasDueDate(endOf("2026-09-14"));
    assertThat(job(REPLY_REMINDER)).hasDueDate(
        Date.from(LocalDate.parse("2026-09-07").atStartOfDay(ChinaTime.ZONE).toInstant()));
  }

  @Test
  void aReminderTheEngineWouldEvaluateBeforeItsLimitIsRefused() throws IOException {
    // With this id the engine happens to create the reminder's timer before the limit's.
    changedDeployment = ChangedModel.deploy(repository, "提醒定时器改名", model -> {
      BoundaryEvent reminder = model.getModelElementById(ROUTING_REMINDER);
      reminder.setId("Timer_RoutingReminder");
    });
    clockAt("2026-07-03T10:00");

    assertThatThrownBy(cases::register).rootCause().isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("evaluated before its limit's timer");
  }
}
