package org.xinfang.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.xinfang.workflow.PetitionProcess.Answers;
import org.xinfang.workflow.PetitionProcess.Elements;

/**
 * The answers the acceptance form offers: the objection only while its window is open (Art. 23 ¶3).
 * The form reads them from a task variable, which the objection's timer narrows to the acceptance
 * when it fires; the step refuses a late objection whatever a form submits ({@link AcceptanceSteps}).
 */
final class ObjectionChoice {

  /** The task-local variable the acceptance form's answer reads its options from. */
  static final String OPTIONS = "unitAnswerOptions";
  static final String DUE_ON = "objectionDueOn";

  static final String ACCEPT_LABEL = "受理，书面告知信访人";
  static final String OBJECT_LABEL = "不属于本单位职责范围，提出异议，退回信访室";
  static final String CLOSED = "（已届满，不能再提出异议）";

  private ObjectionChoice() {}

  /** A new acceptance task, and the end of the objection's window as the form shows it. */
  static void offer(DelegateTask task, boolean objectionOpen, String dueOn) {
    task.setVariableLocal(OPTIONS, options(objectionOpen));
    if (dueOn != null) {
      task.setVariableLocal(DUE_ON, objectionOpen ? dueOn : dueOn + CLOSED);
    }
  }

  /** The objection's window closed: the waiting acceptance task offers the acceptance alone. */
  static void withdraw(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Elements.ACCEPT_ITEM).list()) {
      tasks.setVariableLocal(task.getId(), OPTIONS, options(false));
      if (tasks.getVariableLocal(task.getId(), DUE_ON) instanceof String dueOn && !dueOn.endsWith(CLOSED)) {
        tasks.setVariableLocal(task.getId(), DUE_ON, dueOn + CLOSED);
      }
    }
  }

  private static JsonValue options(boolean objectionOpen) {
    List<Map<String, String>> options = new ArrayList<>();
    options.add(Map.of("value", Answers.ACCEPT, "label", ACCEPT_LABEL));
    if (objectionOpen) {
      options.add(Map.of("value", Answers.OBJECT, "label", OBJECT_LABEL));
    }
    return SpinValues.jsonValue(Spin.JSON(options)).create();
  }
}
