package org.xinfang.workflow;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.workflow.PetitionProcess.Elements;

/** Moves the reply limit by an approved extension (Art. 34): its due date, its timer and its reminder. */
@Component
class ReplyExtension {

  private final DueDateCalculator calculator;
  private final ManagementService management;
  private final LimitReminders reminders;

  ReplyExtension(DueDateCalculator calculator, ManagementService management, LimitReminders reminders) {
    this.calculator = calculator;
    this.management = management;
    this.reminders = reminders;
  }

  /** The new due date, {@code days} calendar days after {@code due}, now set on the process. */
  Instant extend(DelegateTask task, Instant due, int days) {
    Instant newDue = calculator.extend(due, days);
    task.setVariable(LegalLimits.dueDateVariable(LegalLimit.REPLY), Date.from(newDue));
    Job timer = management.createJobQuery()
        .processInstanceId(task.getProcessInstanceId())
        .activityId(Elements.REPLY_DEADLINE)
        .singleResult();
    if (timer != null) {
      management.setJobDuedate(timer.getId(), Date.from(newDue));
    }
    // a first reminder still pending would remind of the old date
    Job reminder = management.createJobQuery()
        .processInstanceId(task.getProcessInstanceId())
        .activityId(Elements.REPLY_REMINDER)
        .singleResult();
    if (reminder != null) {
      management.deleteJob(reminder.getId());
    }
    reminders.limitMoved(task, LegalLimit.REPLY, newDue);
    return newDue;
  }
}
