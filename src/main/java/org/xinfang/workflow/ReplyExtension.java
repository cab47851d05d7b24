package org.xinfang.workflow;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.deadline.RunningLimits;
import org.xinfang.workflow.PetitionProcess.Elements;

/** Moves the reply limit by an approved extension (Art. 34): its due date, its timer and its reminder. */
@Component
class ReplyExtension {

  private final DueDateCalculator calculator;
  private final ManagementService management;
  private final LimitReminders reminders;
  private final RunningLimits running;

  ReplyExtension(DueDateCalculator calculator, ManagementService management, LimitReminders reminders,
      RunningLimits running) {
    this.calculator = calculator;
    this.management = management;
    this.reminders = reminders;
    this.running = running;
  }

  /** The new due date of the case's reply limit, {@code days} calendar days after {@code due}, now set on the process. */
  Instant extend(DelegateTask task, long caseId, Instant due, int days) {
    Instant newDue = calculator.extend(due, days);
    running.extended(caseId, LegalLimits.OWNER, LegalLimit.REPLY.name(), days, ChinaTime.dayOf(newDue));
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
