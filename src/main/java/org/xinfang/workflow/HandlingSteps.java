package org.xinfang.workflow;

import static org.xinfang.workflow.PetitionProcess.Answers.APPROVE;
import static org.xinfang.workflow.PetitionProcess.Answers.REJECT;
import static org.xinfang.workflow.PetitionProcess.Answers.REPLY;
import static org.xinfang.workflow.PetitionProcess.Answers.REQUEST_EXTENSION;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.ReplyOutcome;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.EngineClock;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.notification.Notifications;
import org.xinfang.notification.PetitionerNotices;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * The third stage: the unit handles the item, drafting its reply or asking for the one extension
 * the law allows, which its leader approves or refuses (Art. 34). Called as {@code ${handling.…}}.
 */
@Component("handling")
public class HandlingSteps {

  private final CaseFiles caseFiles;
  private final ResponsibleUnits responsibleUnits;
  private final CaseTimeline timeline;
  private final Notifications notifications;
  private final ReplyExtension extension;

  HandlingSteps(CaseFiles caseFiles, ResponsibleUnits responsibleUnits, CaseTimeline timeline,
      Notifications notifications, ReplyExtension extension) {
    this.caseFiles = caseFiles;
    this.responsibleUnits = responsibleUnits;
    this.timeline = timeline;
    this.notifications = notifications;
    this.extension = extension;
  }

  /**
   * The handler submits a draft reply, or asks for the one extension the law allows, of at most
   * {@code maxExtensionDays} days (Art. 34).
   */
  public void handled(DelegateTask task, int maxExtensionDays) {
    StepInputs in = new StepInputs(task);
    String action = in.oneOf(Variables.HANDLING_ACTION, "办理结果", REPLY, REQUEST_EXTENSION);
    PetitionCase petitionCase = caseFiles.of(task);
    TaskRef ref = new TaskRef(task.getId(), task.getName());
    if (REQUEST_EXTENSION.equals(action)) {
      if (petitionCase.hasHadExtension()) {
        throw new InvalidStepInput("办理结果", "办理期限只能延长一次（" + LegalLimit.REPLY.article() + "）");
      }
      Instant now = EngineClock.now();
      if (now.isAfter(petitionCase.getReplyDueAt())) {
        throw new InvalidStepInput("办理结果", "答复期限已届满，不能再申请延期");
      }
      int days = in.days(Variables.EXTENSION_DAYS, "延期天数", 1, maxExtensionDays);
      String reason = in.text(Variables.EXTENSION_REASON, "延期理由", true, 1000);
      petitionCase.extensionRequested(days, reason, now);
      timeline.record(petitionCase, EventType.EXTENSION_REQUESTED, ref, "申请延期" + days + "日。理由：" + reason);
    } else {
      ReplyOutcome outcome = in.choice(Variables.REPLY_OUTCOME, "处理结果", ReplyOutcome.class);
      String reply = in.text(Variables.REPLY_TEXT, "答复意见", true, StepInputs.LONGEST_TEXT);
      boolean assigned = petitionCase.getRoutingDecision() == RoutingDecision.ASSIGN;
      String report = in.text(Variables.COMPLETION_REPORT, "办结报告", assigned, StepInputs.LONGEST_TEXT);
      petitionCase.replyDrafted(outcome, reply, assigned ? report : null);
      timeline.record(petitionCase, EventType.REPLY_DRAFTED, ref, "起草答复意见（" + outcome.label() + "），报单位负责人审批");
    }
  }

  /** The unit leader approves or refuses the extension; an approved one moves the reply limit. */
  public void extensionDecided(DelegateTask task) {
    StepInputs in = new StepInputs(task);
    String decision = in.oneOf(Variables.EXTENSION_DECISION, "审批意见", APPROVE, REJECT);
    String note = in.text(Variables.EXTENSION_NOTE, "审批说明", REJECT.equals(decision), 1000);
    PetitionCase petitionCase = caseFiles.of(task);
    TaskRef ref = new TaskRef(task.getId(), task.getName());
    if (REJECT.equals(decision)) {
      petitionCase.extensionRefused();
      timeline.record(petitionCase, EventType.EXTENSION_REFUSED, ref, "不批准延期。" + note);
      return;
    }
    if (EngineClock.now().isAfter(petitionCase.getReplyDueAt())) {
      // Art. 34 extends a running limit; once it has passed there is nothing left to extend
      throw new InvalidStepInput("审批意见", "答复期限已届满，不能再批准延期，只能不予批准");
    }
    Instant newDue = extension.extend(task, petitionCase.getId(), petitionCase.getReplyDueAt(),
        petitionCase.getExtensionRequestedDays());
    petitionCase.extensionGranted(newDue, EngineClock.now());
    timeline.record(petitionCase, EventType.EXTENSION_GRANTED, ref, "批准延期" + petitionCase.getExtensionDays()
        + "日，答复期限延至" + ChinaTime.DAY.format(newDue) + (note == null ? "" : "。" + note));
    notifications.toPetitioners(petitionCase, ref,
        PetitionerNotices.extension(petitionCase, responsibleUnits.of(petitionCase).getName()));
  }
}
