package org.xinfang.workflow;

import static org.xinfang.workflow.PetitionProcess.Answers.ACCEPT;
import static org.xinfang.workflow.PetitionProcess.Answers.APPROVE;
import static org.xinfang.workflow.PetitionProcess.Answers.OBJECT;
import static org.xinfang.workflow.PetitionProcess.Answers.REJECT;
import static org.xinfang.workflow.PetitionProcess.Answers.REPLY;
import static org.xinfang.workflow.PetitionProcess.Answers.REQUEST_EXTENSION;
import static org.xinfang.workflow.PetitionProcess.Answers.RETURN;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.Actors;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.ReplyOutcome;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.matching.RepeatPetitions;
import org.xinfang.notification.Notifications;
import org.xinfang.notification.PetitionerNotices;
import org.xinfang.organization.Roles;
import org.xinfang.organization.Unit;
import org.xinfang.organization.UnitRepository;
import org.xinfang.rating.SatisfactionRatings;
import org.xinfang.security.ProcessReaders;
import org.xinfang.supervision.SupervisionSteps;
import org.xinfang.workflow.PetitionProcess.Elements;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * The steps of the petition process that change the case record, called from the model as
 * {@code ${caseFile.…}}. Each runs in the engine's transaction: if it fails, neither the case
 * record nor the process moves, and no notice goes out. Each checks what the form submitted before
 * it changes anything.
 */
@Component("caseFile")
public class CaseFileSteps {

  /** The longest text a form can submit: the engine stores a string variable in 4000 characters. */
  public static final int LONGEST_TEXT = 4000;

  private final CaseFiles caseFiles;
  private final CaseTimeline timeline;
  private final Notifications notifications;
  private final UnitRepository units;
  private final DueDateCalculator calculator;
  private final ManagementService management;
  private final LimitReminders reminders;
  private final SupervisionSteps supervision;
  private final SatisfactionRatings ratings;
  private final ProcessReaders readers;
  private final TaskUrgency urgency;

  CaseFileSteps(CaseFiles caseFiles, CaseTimeline timeline, Notifications notifications, UnitRepository units,
      DueDateCalculator calculator, ManagementService management, LimitReminders reminders,
      SupervisionSteps supervision, SatisfactionRatings ratings, ProcessReaders readers, TaskUrgency urgency) {
    this.caseFiles = caseFiles;
    this.timeline = timeline;
    this.notifications = notifications;
    this.units = units;
    this.calculator = calculator;
    this.management = management;
    this.reminders = reminders;
    this.supervision = supervision;
    this.ratings = ratings;
    this.readers = readers;
    this.urgency = urgency;
  }

  /**
   * Who decides how an item is routed: the petition room; for an accusation only its registrar and
   * the discipline channel, the few who may see the accuser (Art. 30 ¶3).
   */
  public List<String> routingGroups(VariableScope execution) {
    return List.of(caseFiles.of(execution).getCaseClass().protectsAccuser() ? Roles.DISCIPLINE : Roles.PETITION_ROOM);
  }

  /** The registrar of an accusation, who may decide its routing; nobody in particular otherwise. */
  public List<String> routingUsers(VariableScope execution) {
    PetitionCase petitionCase = caseFiles.of(execution);
    boolean byRegistrar = petitionCase.getCaseClass().protectsAccuser()
        && !Actors.SYSTEM.equals(petitionCase.getRegisteredBy());
    return byRegistrar ? List.of(petitionCase.getRegisteredBy()) : List.of();
  }

  /** The handlers of the unit the case record names as responsible: they accept and handle it. */
  public List<String> unitHandlers(VariableScope execution) {
    return List.of(responsibleUnit(caseFiles.of(execution)).handlersGroup());
  }

  /** The leaders of the responsible unit: they approve its extension and sign its reply (Art. 34). */
  public List<String> unitLeaders(VariableScope execution) {
    return List.of(responsibleUnit(caseFiles.of(execution)).leadersGroup());
  }

  /** 信访室 decides: transfer, assign, not accept, not accept again, or route elsewhere (Art. 22). */
  public void routingDecided(DelegateTask task) {
    StepInputs in = new StepInputs(task);
    RoutingDecision decision = in.choice(Variables.ROUTING_DECISION, "办理方式", RoutingDecision.class);
    String opinion = in.text(Variables.ROUTING_OPINION, "办理意见", true, 2000);
    Unit unit = null;
    Integer assignmentDays = null;
    if (decision.sendsToUnit()) {
      String code = in.text(Variables.RESPONSIBLE_UNIT, "责任单位", true, 40);
      unit = units.findById(code).filter(Unit::isActive)
          .orElseThrow(() -> new InvalidStepInput("责任单位", "单位“" + code + "”不存在或已停用"));
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
      readers.grant(task.getProcessInstanceId(), unit.handlersGroup(), unit.leadersGroup());
    }
    TaskRef ref = ref(task);
    String target = unit == null ? "" : "至" + unit.getName()
        + (assignmentDays == null ? "" : "，限" + assignmentDays + "日内办结并报送办结报告");
    if (decision == RoutingDecision.NOT_ACCEPT_AGAIN) {
      target = "（原事项" + RepeatPetitions.reReviewed(petitionCase.getRepeatOf()).orElseThrow().getCaseNumber() + "已经复核）";
    }
    timeline.record(petitionCase, EventType.ROUTING_DECIDED, ref, decision.label() + target + "。办理意见：" + opinion);
    String unitName = unit == null ? null : unit.getName();
    notifications.toPetitioners(petitionCase, ref, PetitionerNotices.routing(petitionCase, unitName));
    supervision.caseAnswered(petitionCase, LegalLimit.ROUTING);
  }

  /** The unit accepts and notifies the petitioner (Art. 23), or objects within its window (Art. 23 ¶3). */
  public void unitAnswered(DelegateTask task) {
    StepInputs in = new StepInputs(task);
    String answer = in.oneOf(Variables.UNIT_ANSWER, "受理意见", ACCEPT, OBJECT);
    PetitionCase petitionCase = caseFiles.of(task);
    Instant now = EngineClock.now();
    TaskRef ref = ref(task);
    if (ACCEPT.equals(answer)) {
      String note = in.text(Variables.ACCEPTANCE_NOTE, "受理告知内容", true, 2000);
      petitionCase.acceptedByUnit(now);
      timeline.record(petitionCase, EventType.UNIT_ACCEPTED, ref, "责任单位受理。" + note);
      notifications.toPetitioners(petitionCase, ref, PetitionerNotices.acceptance(petitionCase, unitName(petitionCase), note));
    } else {
      if (!petitionCase.objectionWindowOpen(now)) {
        throw new InvalidStepInput("受理意见", "异议期限已过，不能再提出异议（" + LegalLimit.OBJECTION.article() + "）");
      }
      String reason = in.text(Variables.OBJECTION_REASON, "异议理由", true, 2000);
      Unit unit = responsibleUnit(petitionCase);
      petitionCase.objectedByUnit(reason, now);
      // the item is no longer the unit's: its staff no longer see the process
      readers.revoke(task.getProcessInstanceId(), unit.handlersGroup(), unit.leadersGroup());
      timeline.record(petitionCase, EventType.UNIT_OBJECTED, ref, "认为不属于本单位职责范围，退回信访室。理由：" + reason);
    }
    supervision.caseAnswered(petitionCase, LegalLimit.ACCEPTANCE);
  }

  /**
   * The handler submits a draft reply, or asks for the one extension the law allows, of at most
   * {@code maxExtensionDays} days (Art. 34).
   */
  public void handled(DelegateTask task, int maxExtensionDays) {
    StepInputs in = new StepInputs(task);
    String action = in.oneOf(Variables.HANDLING_ACTION, "办理结果", REPLY, REQUEST_EXTENSION);
    PetitionCase petitionCase = caseFiles.of(task);
    TaskRef ref = ref(task);
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
      String reply = in.text(Variables.REPLY_TEXT, "答复意见", true, LONGEST_TEXT);
      boolean assigned = petitionCase.getRoutingDecision() == RoutingDecision.ASSIGN;
      String report = in.text(Variables.COMPLETION_REPORT, "办结报告", assigned, LONGEST_TEXT);
      petitionCase.replyDrafted(outcome, reply, assigned ? report : null);
      timeline.record(petitionCase, EventType.REPLY_DRAFTED, ref, "起草答复意见（" + outcome.label() + "），报单位负责人审批");
    }
  }

  /** The unit leader approves or refuses the extension; an approved one moves the reply timer. */
  public void extensionDecided(DelegateTask task) {
    StepInputs in = new StepInputs(task);
    String decision = in.oneOf(Variables.EXTENSION_DECISION, "审批意见", APPROVE, REJECT);
    String note = in.text(Variables.EXTENSION_NOTE, "审批说明", REJECT.equals(decision), 1000);
    PetitionCase petitionCase = caseFiles.of(task);
    TaskRef ref = ref(task);
    if (REJECT.equals(decision)) {
      petitionCase.extensionRefused();
      timeline.record(petitionCase, EventType.EXTENSION_REFUSED, ref, "不批准延期。" + note);
      return;
    }
    if (EngineClock.now().isAfter(petitionCase.getReplyDueAt())) {
      // Art. 34 extends a running limit; once it has passed there is nothing left to extend
      throw new InvalidStepInput("审批意见", "答复期限已届满，不能再批准延期，只能不予批准");
    }
    Instant newDue = calculator.extend(petitionCase.getReplyDueAt(), petitionCase.getExtensionRequestedDays());
    petitionCase.extensionGranted(newDue, EngineClock.now());
    task.setVariable(LegalLimits.dueDateVariable(LegalLimit.REPLY), Date.from(newDue));
    moveReplyTimer(task.getProcessInstanceId(), newDue);
    reminders.limitMoved(task, LegalLimit.REPLY, newDue, Elements.REPLY_REMINDER);
    timeline.record(petitionCase, EventType.EXTENSION_GRANTED, ref, "批准延期" + petitionCase.getExtensionDays()
        + "日，答复期限延至" + ChinaTime.DAY.format(newDue) + (note == null ? "" : "。" + note));
    notifications.toPetitioners(petitionCase, ref, PetitionerNotices.extension(petitionCase, unitName(petitionCase)));
  }

  /** The unit leader signs the written reply (处理意见书), or returns it for rework. */
  public void replyReviewed(DelegateTask task) {
    StepInputs in = new StepInputs(task);
    String decision = in.oneOf(Variables.REPLY_DECISION, "审批意见", APPROVE, RETURN);
    String note = in.text(Variables.REPLY_NOTE, "审批说明", RETURN.equals(decision), 1000);
    PetitionCase petitionCase = caseFiles.of(task);
    TaskRef ref = ref(task);
    if (RETURN.equals(decision)) {
      petitionCase.replyReturned();
      timeline.record(petitionCase, EventType.REPLY_RETURNED, ref, "答复意见退回修改：" + note);
      return;
    }
    petitionCase.replyApproved(EngineClock.now());
    timeline.record(petitionCase, EventType.REPLY_APPROVED, ref, "单位负责人审批同意答复意见" + (note == null ? "" : "：" + note));
    notifications.toPetitioners(petitionCase, ref, PetitionerNotices.reply(petitionCase, unitName(petitionCase)));
    ratings.replySent(petitionCase);
    supervision.caseAnswered(petitionCase, LegalLimit.REPLY);
  }

  /** The petition room checks an assigned item's completion report (办结报告). */
  public void reportReviewed(DelegateTask task) {
    StepInputs in = new StepInputs(task);
    String decision = in.oneOf(Variables.REPORT_DECISION, "审核意见", APPROVE, RETURN);
    String note = in.text(Variables.REPORT_NOTE, "审核说明", RETURN.equals(decision), 1000);
    PetitionCase petitionCase = caseFiles.of(task);
    if (RETURN.equals(decision)) {
      boolean replyLimitMissed = petitionCase.reportReturned(EngineClock.now());
      ratings.replyWithdrawn(petitionCase);
      timeline.record(petitionCase, EventType.REPORT_RETURNED, ref(task), "办结报告退回重办：" + note);
      if (replyLimitMissed) {
        recordMissed(petitionCase, LegalLimit.REPLY);
      }
    } else {
      timeline.record(petitionCase, EventType.REPORT_ACCEPTED, ref(task), "办结报告审核通过" + (note == null ? "" : "：" + note));
    }
  }

  public void close(DelegateExecution execution) {
    PetitionCase petitionCase = caseFiles.of(execution);
    petitionCase.closed(EngineClock.now());
    timeline.record(petitionCase, EventType.CLOSED, "信访事项办结");
  }

  /**
   * A timer fired: the limit passed and the case is supervised until the step is taken. A step
   * already taken in time leaves nothing to record.
   */
  public void limitExpired(DelegateExecution execution, String limitName) {
    LegalLimit limit = LegalLimit.valueOf(limitName);
    PetitionCase petitionCase = caseFiles.of(execution);
    if (petitionCase.limitExpired(limit)) {
      urgency.overdue(execution.getProcessInstanceId());
      recordMissed(petitionCase, limit);
      supervision.start(petitionCase, limit);
    } else if (limit == LegalLimit.OBJECTION) {
      timeline.record(petitionCase, EventType.OBJECTION_WINDOW_CLOSED,
          limit.label() + "届满，责任单位不能再提出异议（" + limit.article() + "）");
    }
  }

  private void recordMissed(PetitionCase petitionCase, LegalLimit limit) {
    timeline.record(petitionCase, EventType.LIMIT_EXPIRED,
        limit.label() + "已届满，事项超期（" + limit.article() + "）");
  }

  private void moveReplyTimer(String processInstanceId, Instant newDue) {
    Job timer = management.createJobQuery()
        .processInstanceId(processInstanceId)
        .activityId(Elements.REPLY_DEADLINE)
        .singleResult();
    if (timer != null) {
      management.setJobDuedate(timer.getId(), Date.from(newDue));
    }
  }

  private Unit responsibleUnit(PetitionCase petitionCase) {
    String code = petitionCase.getResponsibleUnitCode();
    return units.findById(code == null ? "" : code)
        .orElseThrow(() -> new IllegalStateException("case " + petitionCase.getCaseNumber() + " has no responsible unit"));
  }

  private String unitName(PetitionCase petitionCase) {
    return responsibleUnit(petitionCase).getName();
  }

  private static TaskRef ref(DelegateTask task) {
    return new TaskRef(task.getId(), task.getName());
  }
}
