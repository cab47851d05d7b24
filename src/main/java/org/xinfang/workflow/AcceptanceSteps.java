package org.xinfang.workflow;

import static org.xinfang.workflow.PetitionProcess.Answers.ACCEPT;
import static org.xinfang.workflow.PetitionProcess.Answers.OBJECT;

import java.time.Instant;
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
import org.xinfang.organization.Unit;
import org.xinfang.workflow.PetitionProcess.Variables;

/** The second stage: the responsible unit accepts the item or objects to it, called as {@code ${acceptance.…}}. */
@Component("acceptance")
public class AcceptanceSteps {

  private final CaseFiles caseFiles;
  private final ResponsibleUnits responsibleUnits;
  private final CaseTimeline timeline;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;

  AcceptanceSteps(CaseFiles caseFiles, ResponsibleUnits responsibleUnits, CaseTimeline timeline,
      Notifications notifications, ApplicationEventPublisher events) {
    this.caseFiles = caseFiles;
    this.responsibleUnits = responsibleUnits;
    this.timeline = timeline;
    this.notifications = notifications;
    this.events = events;
  }

  /** The unit accepts and notifies the petitioner (Art. 23), or objects within its window (Art. 23 ¶3). */
  public void answered(DelegateTask task) {
    StepInputs in = new StepInputs(task);
    String answer = in.oneOf(Variables.UNIT_ANSWER, "受理意见", ACCEPT, OBJECT);
    PetitionCase petitionCase = caseFiles.of(task);
    Instant now = EngineClock.now();
    TaskRef ref = new TaskRef(task.getId(), task.getName());
    Unit unit = responsibleUnits.of(petitionCase);
    if (ACCEPT.equals(answer)) {
      String note = in.text(Variables.ACCEPTANCE_NOTE, "受理告知内容", true, 2000);
      petitionCase.acceptedByUnit(now);
      timeline.record(petitionCase, EventType.UNIT_ACCEPTED, ref, "责任单位受理。" + note);
      notifications.toPetitioners(petitionCase, ref, PetitionerNotices.acceptance(petitionCase, unit.getName(), note));
    } else {
      if (!petitionCase.objectionWindowOpen(now)) {
        throw new InvalidStepInput("受理意见", "异议期限已过，不能再提出异议（" + LegalLimit.OBJECTION.article() + "）");
      }
      String reason = in.text(Variables.OBJECTION_REASON, "异议理由", true, 2000);
      petitionCase.objectedByUnit(reason, now);
      responsibleUnits.stopReading(task.getProcessInstanceId(), unit);
      timeline.record(petitionCase, EventType.UNIT_OBJECTED, ref, "认为不属于本单位职责范围，退回信访室。理由：" + reason);
    }
    events.publishEvent(new LimitAnswered(petitionCase, LegalLimit.ACCEPTANCE));
  }
}
