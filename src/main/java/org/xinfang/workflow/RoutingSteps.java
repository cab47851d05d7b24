package org.xinfang.workflow;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.Actors;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.deadline.EngineClock;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.matching.RepeatPetitions;
import org.xinfang.notification.Notifications;
import org.xinfang.notification.PetitionerNotices;
import org.xinfang.organization.Roles;
import org.xinfang.organization.Unit;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * The first stage of a petition: the petition room decides how the item is handled (Art. 22),
 * called from the model as {@code ${routing.…}}. Like every step it runs in the engine's
 * transaction: if it fails, neither the case record nor the process moves, and no notice goes out.
 */
@Component("routing")
public class RoutingSteps {

  private final CaseFiles caseFiles;
  private final ResponsibleUnits responsibleUnits;
  private final CaseTimeline timeline;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;

  RoutingSteps(CaseFiles caseFiles, ResponsibleUnits responsibleUnits, CaseTimeline timeline,
      Notifications notifications, ApplicationEventPublisher events) {
    this.caseFiles = caseFiles;
    this.responsibleUnits = responsibleUnits;
    this.timeline = timeline;
    this.notifications = notifications;
    this.events = events;
  }

  /**
   * Who decides how an item is routed: the petition room; for an accusation only its registrar and
   * the discipline channel, the few who may see the accuser (Art. 30 ¶3).
   */
  public List<String> groups(VariableScope execution) {
    return List.of(caseFiles.of(execution).getCaseClass().protectsAccuser() ? Roles.DISCIPLINE : Roles.PETITION_ROOM);
  }

  /** The registrar of an accusation, who may decide its routing; nobody in particular otherwise. */
  public List<String> users(VariableScope execution) {
    PetitionCase petitionCase = caseFiles.of(execution);
    boolean byRegistrar = petitionCase.getCaseClass().protectsAccuser()
        && !Actors.SYSTEM.equals(petitionCase.getRegisteredBy());
    return byRegistrar ? List.of(petitionCase.getRegisteredBy()) : List.of();
  }

  /** 信访室 decides: transfer, assign, not accept, not accept again, or route elsewhere (Art. 22). */
  public void decided(DelegateTask task) {
    StepInputs in = new StepInputs(task);
    RoutingDecision decision = in.choice(Variables.ROUTING_DECISION, "办理方式", RoutingDecision.class);
    String opinion = in.text(Variables.ROUTING_OPINION, "办理意见", true, 2000);
    Unit unit = null;
    Integer assignmentDays = null;
    if (decision.sendsToUnit()) {
      unit = responsibleUnits.chosen(in.text(Variables.RESPONSIBLE_UNIT, "责任单位", true, 40));
      if (decision == RoutingDecision.ASSIGN) {
        assignmentDays = in.days(Variables.ASSIGNMENT_DAYS, "交办期限", 1, 60);
      }
    }
    PetitionCase petitionCase = caseFiles.of(task);
    if (decision == RoutingDecision.NOT_ACCEPT_AGAIN && !RepeatPetitions.mayNotAcceptAgain(petitionCase)) {
      // the regulation ties 不再受理 to a concluded re-review of the same matter (Art. 36 ¶3)
      throw new InvalidStepInput("办理方式", "不再受理仅适用于已经复核终结、以同一事实和理由再次提出的事项；"
          + "本事项登记时未关联已复核的原事项（" + RepeatPetitions.NOT_ACCEPT_AGAIN_ARTICLE + "）");
    }
    petitionCase.routed(decision, opinion, unit == null ? null : unit.getCode(), assignmentDays, EngineClock.now());
    task.setVariable(Variables.ASSIGNMENT_DAYS, assignmentDays);
    if (unit != null) {
      task.setVariable(Variables.UNIT_NAME, unit.getName());
      responsibleUnits.letRead(task.getProcessInstanceId(), unit);
    }
    TaskRef ref = new TaskRef(task.getId(), task.getName());
    String target = unit == null ? "" : "至" + unit.getName()
        + (assignmentDays == null ? "" : "，限" + assignmentDays + "日内办结并报送办结报告");
    if (decision == RoutingDecision.NOT_ACCEPT_AGAIN) {
      target = "（原事项" + RepeatPetitions.reReviewed(petitionCase.getRepeatOf()).orElseThrow().getCaseNumber() + "已经复核）";
    }
    timeline.record(petitionCase, EventType.ROUTING_DECIDED, ref, decision.label() + target + "。办理意见：" + opinion);
    String unitName = unit == null ? null : unit.getName();
    notifications.toPetitioners(petitionCase, ref, PetitionerNotices.routing(petitionCase, unitName));
    events.publishEvent(new LimitAnswered(petitionCase, LegalLimit.ROUTING));
  }
}
