package org.xinfang.workflow;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.EngineClock;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.notification.Notifications;
import org.xinfang.notification.ReminderNotices;

/**
 * Reminds the group a waiting step belongs to that its legal limit is near. A reminder timer of the
 * model, e.g. {@code ${reminders.before(execution, 'REPLY', 3)}}, sets its own lead time in working
 * days; the reminder date is also the follow-up date of the limit's tasks in Tasklist.
 */
@Component("reminders")
public class LimitReminders {

  private final DueDateCalculator calculator;
  private final CaseFiles caseFiles;
  private final CaseTimeline timeline;
  private final Notifications notifications;
  private final TaskService tasks;

  LimitReminders(DueDateCalculator calculator, CaseFiles caseFiles, CaseTimeline timeline,
      Notifications notifications, TaskService tasks) {
    this.calculator = calculator;
    this.caseFiles = caseFiles;
    this.timeline = timeline;
    this.notifications = notifications;
    this.tasks = tasks;
  }

  /**
   * The reminder date {@code workingDays} working days before the limit's due date. A limit too
   * short for its lead time is reminded of at once rather than not at all.
   */
  public Date before(DelegateExecution execution, String limit, int workingDays) {
    LegalLimit legalLimit = LegalLimit.valueOf(limit);
    // The engine creates an activity's timers in no set order: the limit's timer leaves a mark for
    // this command only, so that a reminder never counts from a due date of an earlier round.
    Date due = (Date) execution.getVariableLocal(LegalLimits.startedMark(legalLimit));
    if (due == null) {
      throw new IllegalStateException("the reminder of " + limit + " was evaluated before its limit's timer");
    }
    execution.setVariable(leadVariable(legalLimit), workingDays);
    return remindAt(execution, legalLimit, due.toInstant(), workingDays);
  }

  /** Sends the reminder: follow-up date and urgency on the waiting tasks, a notice to their groups, a timeline entry. */
  public void send(DelegateExecution execution, String limit) {
    LegalLimit legalLimit = LegalLimit.valueOf(limit);
    PetitionCase petitionCase = caseFiles.of(execution);
    Date due = (Date) execution.getVariable(LegalLimits.dueDateVariable(legalLimit));
    Date followUp = (Date) execution.getVariable(reminderDateVariable(legalLimit));
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      task.setFollowUpDate(followUp);
      TaskUrgency.dueSoon(task);
      tasks.saveTask(task);
      TaskListing.reminded(tasks, task.getId(), followUp);
      TaskRef ref = new TaskRef(task.getId(), task.getName());
      for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          notifications.toGroup(petitionCase, ref, link.getGroupId(),
              ReminderNotices.limitNear(petitionCase, legalLimit, due.toInstant(), task.getName()));
        }
      }
      timeline.record(petitionCase, EventType.REMINDER_SENT, ref,
          legalLimit.label() + "将于" + ChinaTime.DAY.format(due.toInstant()) + "届满，已提醒办理");
    }
  }

  /**
   * After an extension moved the limit's due date: the new reminder date, which the model's timer
   * after the approval waits for, with the lead time of the first.
   */
  void limitMoved(DelegateTask task, LegalLimit limit, Instant newDue) {
    int lead = (Integer) task.getVariable(leadVariable(limit));
    task.setVariable(reminderDateVariable(limit), reminderDate(newDue, lead));
  }

  public static String reminderDateVariable(LegalLimit limit) {
    return limit.name().toLowerCase() + "ReminderDate";
  }

  private Date remindAt(DelegateExecution execution, LegalLimit limit, Instant due, int workingDays) {
    Date date = reminderDate(due, workingDays);
    execution.setVariable(reminderDateVariable(limit), date);
    return date;
  }

  /** {@code workingDays} working days before the due date, or now if that has passed. */
  private Date reminderDate(Instant due, int workingDays) {
    Instant at = calculator.workingDaysBefore(due, workingDays);
    Instant now = EngineClock.now();
    return Date.from(at.isBefore(now) ? now : at);
  }

  private static String leadVariable(LegalLimit limit) {
    return limit.name().toLowerCase() + "ReminderWorkingDays";
  }
}
