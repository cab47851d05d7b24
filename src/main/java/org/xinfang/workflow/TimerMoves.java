package org.xinfang.workflow;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Moves a deadline of a model on a case that a holiday schedule loaded later counts to another day:
 * the timer still waiting, the variable its tasks read, and the waiting task's dates, list columns
 * and urgency. For the models of the features (review, instruction, supervision); the petition's
 * limits have their own ({@link LimitTimers}).
 */
@Component
public class TimerMoves {

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;

  TimerMoves(RuntimeService runtime, ManagementService management, TaskService tasks) {
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
  }

  /** A deadline of a model, where it lives: its timer, its variable, the task it is the due date of and its name. */
  public record Deadline(String timer, String variable, String task, String name) {}

  /**
   * Moves the deadline's timer to {@code due}, if it still waits, with the variable and the waiting task.
   *
   * @return the date the timer waited for before; empty if no timer waits (it fired, or its step is done)
   */
  public Optional<Date> move(String processId, Deadline deadline, Date due) {
    Optional<Job> timer = job(processId, deadline.timer());
    if (timer.isEmpty()) {
      return Optional.empty();
    }
    Date before = timer.get().getDuedate();
    management.setJobDuedate(timer.get().getId(), due);
    dated(processId, deadline, due);
    return Optional.of(before);
  }

  /** The deadline, whose timer fired, is on another day: the variable its tasks read and the waiting task's dates. */
  public void dated(String processId, Deadline deadline, Date due) {
    runtime.setVariable(processId, deadline.variable(), due);
    for (Task task : tasks.createTaskQuery().processInstanceId(processId).taskDefinitionKey(deadline.task())
        .listPage(0, 1)) {
      TaskListing.limitMoved(tasks, task, deadline.name(), due, null);
    }
  }

  /** Moves a reminder's timer, if it still waits, and the variable with its date. */
  public void moveReminder(String processId, String timer, String variable, Date at) {
    job(processId, timer).ifPresent(job -> {
      management.setJobDuedate(job.getId(), at);
      runtime.setVariable(processId, variable, at);
    });
  }

  /** Whether {@code task} waits in the process. */
  public boolean waits(String processId, String task) {
    return tasks.createTaskQuery().processInstanceId(processId).taskDefinitionKey(task).count() > 0;
  }

  /**
   * Arms a deadline that fired again, by entering {@code task} anew in a new instance of {@code scope}
   * (the task itself, or the subprocess the deadline is attached to): the model's own timer
   * expressions count it, on the calendar as it is now. The new task keeps the assignee of the old.
   * It starts before the old is cancelled, so the process never stands empty in between.
   */
  public void reenter(String processId, String scope, String task) {
    String assignee = tasks.createTaskQuery().processInstanceId(processId).taskDefinitionKey(task).listPage(0, 1)
        .stream().map(Task::getAssignee).findFirst().orElse(null);
    ActivityInstance root = runtime.getActivityInstance(processId);
    ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(processId)
        .startBeforeActivity(task, root.getId());
    for (ActivityInstance old : root.getActivityInstances(scope)) {
      modification.cancelActivityInstance(old.getId());
    }
    modification.execute();
    if (assignee != null) {
      tasks.createTaskQuery().processInstanceId(processId).taskDefinitionKey(task).listPage(0, 1)
          .forEach(created -> tasks.setAssignee(created.getId(), assignee));
    }
  }

  /** Removes a timer of the process that is not to fire again. */
  public void cancelTimer(String processId, String timer) {
    job(processId, timer).ifPresent(job -> management.deleteJob(job.getId()));
  }

  /** Whether a timer of the process still waits. */
  public boolean timerWaits(String processId, String timer) {
    return job(processId, timer).isPresent();
  }

  /** The value of a variable of the process. */
  public Object variable(String processId, String name) {
    return runtime.getVariable(processId, name);
  }

  private Optional<Job> job(String processId, String activityId) {
    return management.createJobQuery().processInstanceId(processId).activityId(activityId).listPage(0, 1)
        .stream().findFirst();
  }
}
