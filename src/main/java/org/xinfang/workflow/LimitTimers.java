package org.xinfang.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.workflow.PetitionProcess.Elements;

/**
 * A petition limit's place in the engine: its timer, its reminder's timer, the variables the tasks
 * read their dates from and the waiting tasks themselves. Moves them to a new due date, and arms
 * a timer that has fired anew by entering its step again, as the model arms it.
 */
@Component
class LimitTimers {

  /** The most tasks of one case waiting on one limit: one, or two while an extension is decided. */
  private static final int TASKS_OF_A_LIMIT = 10;

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final LimitReminders reminders;

  LimitTimers(RuntimeService runtime, ManagementService management, TaskService tasks, LimitReminders reminders) {
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.reminders = reminders;
  }

  /** The running petition process of a case, if any. */
  Optional<String> processOf(String caseNumber) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PetitionProcess.KEY)
        .processInstanceBusinessKey(caseNumber).active().listPage(0, 1).stream()
        .map(ProcessInstance::getId).findFirst();
  }

  /** Whether the limit's timer waits to fire. */
  boolean running(String processId, LegalLimit limit) {
    return job(processId, deadlineTimer(limit)).isPresent();
  }

  /**
   * The limit ends at {@code newDue}: its timer, if it runs, its reminder's date and timer, the
   * variables the tasks read and the waiting tasks' due and follow-up dates.
   */
  void move(String processId, LegalLimit limit, Instant newDue) {
    Date due = Date.from(newDue);
    job(processId, deadlineTimer(limit)).ifPresent(timer -> management.setJobDuedate(timer.getId(), due));
    runtime.setVariable(processId, LegalLimits.dueDateVariable(limit), due);
    Date followUp = null;
    if (runtime.getVariable(processId, LimitReminders.leadVariable(limit)) instanceof Integer lead) {
      followUp = reminders.reminderDate(newDue, lead);
      runtime.setVariable(processId, LimitReminders.reminderDateVariable(limit), followUp);
      for (String reminder : reminderTimers(limit)) {
        Date remindAt = followUp;
        job(processId, reminder).ifPresent(timer -> management.setJobDuedate(timer.getId(), remindAt));
      }
    }
    if (limit == LegalLimit.OBJECTION) {
      ObjectionChoice.dueMoved(tasks, processId, TaskBriefing.TIME.format(newDue));
    }
    for (Task task : waitingOn(processId, limit)) {
      TaskListing.limitMoved(tasks, task, limit.label(), due, followUp);
    }
  }

  /**
   * The limit's timer fired, but the limit runs until {@code newDue} after all: its step is entered
   * again, so that the model arms its timers as it does on entry, each keeping the due date it has
   * ({@link LegalLimits#resumedMark}); the waiting tasks are created anew for the same people. A
   * window of the step that had closed (the objection's) stays closed.
   */
  void reenter(String processId, LegalLimit limit, Instant newDue) {
    String step = stepOf(limit);
    for (LegalLimit armed : limitsOf(step)) {
      Object keeps = armed == limit ? Date.from(newDue) : runtime.getVariable(processId, LegalLimits.dueDateVariable(armed));
      if (keeps != null) {
        runtime.setVariable(processId, LegalLimits.resumedMark(armed), keeps);
      }
    }
    runtime.setVariable(processId, LegalLimits.dueDateVariable(limit), Date.from(newDue));
    boolean objectionClosed = limit == LegalLimit.ACCEPTANCE && !running(processId, LegalLimit.OBJECTION);
    List<Task> waiting = waitingOn(processId, limit);
    Map<String, String> assignees = new HashMap<>();
    waiting.stream().filter(task -> task.getAssignee() != null)
        .forEach(task -> assignees.put(task.getTaskDefinitionKey(), task.getAssignee()));
    ProcessInstanceModificationBuilder modification =
        runtime.createProcessInstanceModification(processId).cancelAllForActivity(step);
    waiting.stream().map(Task::getTaskDefinitionKey).distinct()
        .forEach(activity -> modification.startBeforeActivity(activity));
    modification.execute();
    if (objectionClosed) {
      job(processId, Elements.OBJECTION_DEADLINE).ifPresent(timer -> management.deleteJob(timer.getId()));
    }
    limitsOf(step).forEach(armed -> runtime.removeVariable(processId, LegalLimits.resumedMark(armed)));
    for (Task task : waitingOn(processId, limit)) {
      String assignee = assignees.get(task.getTaskDefinitionKey());
      if (assignee != null) {
        tasks.setAssignee(task.getId(), assignee);
      }
    }
    move(processId, limit, newDue);
  }

  private List<Task> waitingOn(String processId, LegalLimit limit) {
    Set<String> steps = tasksOf(limit);
    return tasks.createTaskQuery().processInstanceId(processId).listPage(0, TASKS_OF_A_LIMIT).stream()
        .filter(task -> steps.contains(task.getTaskDefinitionKey()))
        .toList();
  }

  private Optional<Job> job(String processId, String activityId) {
    return management.createJobQuery().processInstanceId(processId).activityId(activityId).listPage(0, 1)
        .stream().findFirst();
  }

  private static String deadlineTimer(LegalLimit limit) {
    return switch (limit) {
      case ROUTING -> Elements.ROUTING_DEADLINE;
      case ACCEPTANCE -> Elements.ACCEPTANCE_DEADLINE;
      case OBJECTION -> Elements.OBJECTION_DEADLINE;
      case REPLY -> Elements.REPLY_DEADLINE;
      default -> throw new IllegalArgumentException(limit + " is no limit of the petition process");
    };
  }

  /** A reply limit extended is reminded of by the reminder after the approval. */
  private static List<String> reminderTimers(LegalLimit limit) {
    return switch (limit) {
      case ROUTING -> List.of(Elements.ROUTING_REMINDER);
      case ACCEPTANCE -> List.of(Elements.ACCEPTANCE_REMINDER);
      case REPLY -> List.of(Elements.REPLY_REMINDER, Elements.EXTENDED_REPLY_REMINDER);
      default -> List.of();
    };
  }

  /** The element the limit's timer is attached to. */
  private static String stepOf(LegalLimit limit) {
    return switch (limit) {
      case ROUTING -> Elements.DECIDE_ROUTING;
      case ACCEPTANCE, OBJECTION -> Elements.ACCEPT_ITEM;
      case REPLY -> Elements.HANDLING;
      default -> throw new IllegalArgumentException(limit + " is no limit of the petition process");
    };
  }

  private static List<LegalLimit> limitsOf(String step) {
    return step.equals(Elements.ACCEPT_ITEM) ? List.of(LegalLimit.ACCEPTANCE, LegalLimit.OBJECTION)
        : List.of(step.equals(Elements.DECIDE_ROUTING) ? LegalLimit.ROUTING : LegalLimit.REPLY);
  }

  /** The tasks whose due date is the limit. */
  private static Set<String> tasksOf(LegalLimit limit) {
    return switch (limit) {
      case ROUTING -> Set.of(Elements.DECIDE_ROUTING);
      case ACCEPTANCE -> Set.of(Elements.ACCEPT_ITEM);
      case REPLY -> Set.of(Elements.HANDLE_CASE, Elements.APPROVE_EXTENSION, Elements.APPROVE_REPLY,
          Elements.REVIEW_REPORT);
      default -> Set.of();
    };
  }
}
