package org.xinfang.duedate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.stereotype.Component;
import org.xinfang.deadline.Counting;
import org.xinfang.deadline.LegalLimit;

/**
 * The lengths of the named limits, read from the latest deployed process models: a process designer
 * sets them there, so the calculator answers with the length new cases get. A timer names its limit
 * and length in its expression, e.g. {@code ${limits.days(execution, 'ROUTING', 15)}},
 * {@code ${limits.workingDays(execution, 'OBJECTION', 5)}} or {@code ${reviewLimits.days(execution,
 * 'REVIEW', 30)}}; a request window is a service task of the review models,
 * {@code ${reviewLimits.window(execution, 'REVIEW_REQUEST', 30)}}, counted in calendar days. Where the
 * length depends on the case (an assignment's own days replace the reply limit), the statutory
 * length is the expression's last number: {@code routingDecision == 'ASSIGN' ? assignmentDays : 60}.
 * The historical import measures imported cases by the same lengths.
 */
@Component
public class ModelLimits {

  private static final Pattern LIMIT_CALL =
      Pattern.compile("[lL]imits\\.(days|workingDays|window)\\(\\s*execution\\s*,\\s*'(\\w+)'\\s*,(.*)\\)");
  private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)\\D*$");

  /** A limit's length as a model sets it, and where it was read: the timer or the task. */
  public record Length(int days, Counting counting, String modelName, int modelVersion, String source) {}

  private final RepositoryService repository;

  ModelLimits(RepositoryService repository) {
    this.repository = repository;
  }

  public Length of(LegalLimit limit) {
    for (ProcessDefinition latest : repository.createProcessDefinitionQuery().latestVersion().unlimitedList()) {
      BpmnModelInstance model = repository.getBpmnModelInstance(latest.getId());
      for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
        if (timer.getTimeDate() != null) {
          Length length = read(limit, timer.getTimeDate().getTextContent(), latest,
              "计时器“" + ((FlowElement) timer.getParentElement()).getName() + "”");
          if (length != null) {
            return length;
          }
        }
      }
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        if (task.getCamundaExpression() != null) {
          Length length = read(limit, task.getCamundaExpression(), latest, "环节“" + task.getName() + "”");
          if (length != null) {
            return length;
          }
        }
      }
    }
    throw new IllegalStateException("no deployed model sets the length of " + limit);
  }

  private static Length read(LegalLimit limit, String expression, ProcessDefinition model, String source) {
    Matcher call = LIMIT_CALL.matcher(expression);
    if (!call.find() || !call.group(2).equals(limit.name())) {
      return null;
    }
    Matcher length = LAST_NUMBER.matcher(call.group(3));
    if (!length.find()) {
      return null;
    }
    Counting counting = call.group(1).equals("workingDays") ? Counting.WORKING_DAYS : Counting.CALENDAR_DAYS;
    return new Length(Integer.parseInt(length.group(1)), counting, model.getName(), model.getVersion(), source);
  }
}
