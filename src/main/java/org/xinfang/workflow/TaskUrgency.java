package org.xinfang.workflow;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.xinfang.deadline.EngineClock;

/**
 * How urgent a task is, kept as its priority so that Tasklist's saved filters find overdue and
 * soon-due work by a plain value rather than by an expression evaluated on every query. A task is
 * due soon once its limit's reminder has fired (its follow-up date), and overdue once the limit has
 * passed (its due date); the timers mark the waiting tasks, and a task created later takes its mark
 * from its own dates.
 */
@Component
public class TaskUrgency {

  /** The engine's default priority. */
  public static final int ORDINARY = 50;
  public static final int DUE_SOON = 75;
  public static final int OVERDUE = 100;

  private final TaskService tasks;

  TaskUrgency(TaskService tasks) {
    this.tasks = tasks;
  }

  /** A new task: as urgent as its due and follow-up dates say. */
  void created(DelegateTask task) {
    int urgency = of(task.getDueDate(), task.getFollowUpDate());
    if (urgency != ORDINARY) {
      task.setPriority(urgency);
    }
  }

  /** How urgent a task with these dates is now. */
  static int of(Date due, Date followUp) {
    Instant now = EngineClock.now();
    return passed(due, now) ? OVERDUE : passed(followUp, now) ? DUE_SOON : ORDINARY;
  }

  /** A limit passed: every task of the process waits past it. */
  public void overdue(String processInstanceId) {
    mark(processInstanceId, OVERDUE);
  }

  /** A deadline's reminder fired: every task of the process is due soon; an overdue task stays overdue. */
  public void dueSoon(String processInstanceId) {
    mark(processInstanceId, DUE_SOON);
  }

  /** A limit's reminder fired; an overdue task stays overdue. The caller saves the task. */
  static void dueSoon(Task task) {
    task.setPriority(Math.max(task.getPriority(), DUE_SOON));
  }

  private void mark(String processInstanceId, int priority) {
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
      if (task.getPriority() < priority) {
        tasks.setPriority(task.getId(), priority);
      }
    }
  }

  private static boolean passed(Date date, Instant now) {
    return date != null && !now.isBefore(date.toInstant());
  }
}
