package org.xinfang.workflow;

import static org.xinfang.workflow.PetitionProcess.Answers.APPROVE;
import static org.xinfang.workflow.PetitionProcess.Answers.RETURN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.EngineClock;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.notification.Notifications;
import org.xinfang.notification.PetitionerNotices;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * The last stage: the unit's leader signs the reply (处理意见书), the petition room checks an
 * assigned item's completion report (办结报告), and the case closes. Called as {@code ${reply.…}}.
 */
@Component("reply")
public class ReplySteps {

  private final CaseFiles caseFiles;
  private final ResponsibleUnits responsibleUnits;
  private final CaseTimeline timeline;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;

  ReplySteps(CaseFiles caseFiles, ResponsibleUnits responsibleUnits, CaseTimeline timeline,
      Notifications notifications, ApplicationEventPublisher events) {
    this.caseFiles = caseFiles;
    this.responsibleUnits = responsibleUnits;
    this.timeline = timeline;
    this.notifications = notifications;
    this.events = events;
  }

  /** The unit leader signs the written reply, which goes to the petitioner, or returns it for rework. */
  public void reviewed(DelegateTask task) {
    StepInputs in = new StepInputs(task);
    String decision = in.oneOf(Variables.REPLY_DECISION, "审批意见", APPROVE, RETURN);
    String note = in.text(Variables.REPLY_NOTE, "审批说明", RETURN.equals(decision), 1000);
    PetitionCase petitionCase = caseFiles.of(task);
    TaskRef ref = new TaskRef(task.getId(), task.getName());
    if (RETURN.equals(decision)) {
      petitionCase.replyReturned();
      timeline.record(petitionCase, EventType.REPLY_RETURNED, ref, "答复意见退回修改：" + note);
      return;
    }
    petitionCase.replyApproved(EngineClock.now());
    timeline.record(petitionCase, EventType.REPLY_APPROVED, ref, "单位负责人审批同意答复意见" + (note == null ? "" : "：" + note));
    notifications.toPetitioners(petitionCase, ref,
        PetitionerNotices.reply(petitionCase, responsibleUnits.of(petitionCase).getName()));
    events.publishEvent(new ReplySent(petitionCase));
    events.publishEvent(new LimitAnswered(petitionCase, LegalLimit.REPLY));
  }

  /** The petition room accepts an assigned item's completion report, or returns it with the reply. */
  public void reportReviewed(DelegateTask task) {
    StepInputs in = new StepInputs(task);
    String decision = in.oneOf(Variables.REPORT_DECISION, "审核意见", APPROVE, RETURN);
    String note = in.text(Variables.REPORT_NOTE, "审核说明", RETURN.equals(decision), 1000);
    PetitionCase petitionCase = caseFiles.of(task);
    TaskRef ref = new TaskRef(task.getId(), task.getName());
    if (RETURN.equals(decision)) {
      boolean replyLimitMissed = petitionCase.reportReturned(EngineClock.now());
      events.publishEvent(new ReplyWithdrawn(petitionCase));
      timeline.record(petitionCase, EventType.REPORT_RETURNED, ref, "办结报告退回重办：" + note);
      if (replyLimitMissed) {
        timeline.record(petitionCase, EventType.LIMIT_EXPIRED, LegalLimits.missed(LegalLimit.REPLY));
      }
    } else {
      timeline.record(petitionCase, EventType.REPORT_ACCEPTED, ref, "办结报告审核通过" + (note == null ? "" : "：" + note));
    }
  }

  public void close(DelegateExecution execution) {
    PetitionCase petitionCase = caseFiles.of(execution);
    petitionCase.closed(EngineClock.now());
    timeline.record(petitionCase, EventType.CLOSED, "信访事项办结");
  }
}
