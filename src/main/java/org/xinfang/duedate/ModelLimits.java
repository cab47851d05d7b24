package org.xinfang.duedate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.stereotype.Component;
import org.xinfang.deadline.Counting;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.workflow.PetitionProcess;

/**
 * The lengths of the named limits, read from the timers of the latest deployed petition process: a
 * process designer sets them there, so the calculator answers with the length new cases get. A
 * timer names its limit and length in its expression, e.g. {@code ${limits.days(execution,
 * 'ROUTING', 15)}} or {@code ${limits.workingDays(execution, 'OBJECTION', 5)}}. Where the length
 * depends on the case (an assignment's own days replace the reply limit), the statutory length is
 * the expression's last number: {@code routingDecision == 'ASSIGN' ? assignmentDays : 60}.
 */
@Component
class ModelLimits {

  private static final Pattern LIMIT_CALL =
      Pattern.compile("limits\\.(days|workingDays)\\(\\s*execution\\s*,\\s*'(\\w+)'\\s*,(.*)\\)");
  private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)\\D*$");

  /** A limit's length as the model sets it, and where it was read. */
  record Length(int days, Counting counting, int modelVersion, String timerName) {}

  private final RepositoryService repository;

  ModelLimits(RepositoryService repository) {
    this.repository = repository;
  }

  Length of(LegalLimit limit) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery()
        .processDefinitionKey(PetitionProcess.KEY).latestVersion().singleResult();
    BpmnModelInstance model = repository.getBpmnModelInstance(latest.getId());
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      if (timer.getTimeDate() == null) {
        continue;
      }
      Matcher call = LIMIT_CALL.matcher(timer.getTimeDate().getTextContent());
      if (call.find() && call.group(2).equals(limit.name())) {
        Matcher length = LAST_NUMBER.matcher(call.group(3));
        if (length.find()) {
          Counting counting = call.group(1).equals("days") ? Counting.CALENDAR_DAYS : Counting.WORKING_DAYS;
          String timerName = ((FlowElement) timer.getParentElement()).getName();
          return new Length(Integer.parseInt(length.group(1)), counting, latest.getVersion(), timerName);
        }
      }
    }
    throw new IllegalStateException("version " + latest.getVersion() + " of " + PetitionProcess.KEY
        + " has no timer that sets the length of " + limit);
  }
}
