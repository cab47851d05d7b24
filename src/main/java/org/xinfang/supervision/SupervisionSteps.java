package org.xinfang.supervision;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.notification.Notifications;
import org.xinfang.organization.Roles;
import org.xinfang.supervision.SupervisionProcess.Variables;
import org.xinfang.workflow.CaseFiles;
import org.xinfang.workflow.NoticePreviews;
import org.xinfang.workflow.StepInputs;
import org.xinfang.workflow.TaskUrgency;

/**
 * The steps of the supervision model (督办, 《信访工作条例》第三十九条、第四十条), called as
 * {@code ${supervision.…}}: the notice, the unit's feedback, the escalation ladder and the end.
 * {@link Supervisions} starts and ends a supervision.
 */
@Component("supervision")
public class SupervisionSteps {

  private final CaseFiles cases;
  private final CaseTimeline timeline;
  private final Notifications notifications;
  private final SupervisionLimits limits;
  private final TaskUrgency urgency;

  SupervisionSteps(CaseFiles cases, CaseTimeline timeline, Notifications notifications, SupervisionLimits limits,
      TaskUrgency urgency) {
    this.cases = cases;
    this.timeline = timeline;
    this.notifications = notifications;
    this.limits = limits;
    this.urgency = urgency;
  }

  /** The notice's form previews it as the unit will read it, while the mediation room writes its part. */
  public void noticeBriefed(DelegateTask task) {
    NoticePreviews.show(task, SupervisionNotices.supervisionPreview(caseOf(task),
        (String) task.getVariable(Variables.RESPONSIBLE_NAME), (String) task.getVariable(Variables.LIMIT_LABEL)));
  }

  /** 调纠室 issues the supervision notice with the days the unit has to report back. */
  public void noticeIssued(DelegateTask task) {
    StepInputs in = new StepInputs(task);
    String text = in.text(Variables.NOTICE_TEXT, "督办意见", true, 2000);
    int days = in.days(Variables.FEEDBACK_DAYS, "反馈期限", 1, 30);
    PetitionCase petitionCase = caseOf(task);
    Instant feedbackDueAt = limits.feedbackDue(days);
    task.setVariable(Variables.FEEDBACK_DUE_DATE, Date.from(feedbackDueAt));
    TaskRef ref = new TaskRef(task.getId(), task.getName());
    String name = (String) task.getVariable(Variables.RESPONSIBLE_NAME);
    timeline.record(petitionCase, EventType.SUPERVISION_NOTICE, ref, text);
    notifications.toGroup(petitionCase, ref, (String) task.getVariable(Variables.RESPONSIBLE_GROUP),
        SupervisionNotices.supervisionNotice(petitionCase, name,
            (String) task.getVariable(Variables.LIMIT_LABEL), text, feedbackDueAt));
  }

  /** The mediation room's own deadline for the notice: {@code workingDays} working days from the start of the supervision. */
  public Date noticeDue(DelegateExecution execution, int workingDays) {
    Date due = limits.noticeDue(execution, workingDays);
    execution.setVariable(Variables.NOTICE_DUE_DATE, due);
    return due;
  }

  /** The notice was not issued in time: the bureau leaders learn of it and the mediation room is told again. */
  public void noticeOverdue(DelegateExecution execution) {
    PetitionCase petitionCase = caseOf(execution);
    urgency.overdue(execution.getProcessInstanceId());
    String name = (String) execution.getVariable(Variables.RESPONSIBLE_NAME);
    String limitLabel = (String) execution.getVariable(Variables.LIMIT_LABEL);
    timeline.record(petitionCase, EventType.SUPERVISION_ESCALATED,
        "调纠室逾期未向" + name + "发出督办通知，报局领导（《信访工作条例》第三十九条）");
    String leaders = (String) execution.getVariable(Variables.RESPONSIBLE_LEADERS);
    for (String group : List.of(Roles.MEDIATION_ROOM, Roles.BUREAU_LEADERS)) {
      notifications.toGroup(petitionCase, TaskRef.NONE, group,
          SupervisionNotices.noticeOverdue(petitionCase, name, limitLabel, recipientName(group, name, leaders)));
    }
  }

  /** The unit reports back on the supervision. */
  public void feedbackGiven(DelegateTask task) {
    String text = new StepInputs(task).text(Variables.FEEDBACK_TEXT, "反馈内容", true, 2000);
    timeline.record(caseOf(task), EventType.SUPERVISION_FEEDBACK, new TaskRef(task.getId(), task.getName()),
        task.getVariable(Variables.RESPONSIBLE_NAME) + "反馈督办：" + text);
  }

  /** A rung of the ladder was reached while the unit had not answered. */
  public void escalated(DelegateExecution execution, String rungName) {
    Rung rung = Rung.valueOf(rungName);
    PetitionCase petitionCase = caseOf(execution);
    urgency.overdue(execution.getProcessInstanceId());
    String name = (String) execution.getVariable(Variables.RESPONSIBLE_NAME);
    timeline.record(petitionCase, EventType.SUPERVISION_ESCALATED,
        rung.label() + "：" + name + "逾期未反馈督办（《信访工作条例》第四十条）");
    String leaders = (String) execution.getVariable(Variables.RESPONSIBLE_LEADERS);
    var recipients = new LinkedHashSet<>(rung.recipients((String) execution.getVariable(Variables.RESPONSIBLE_GROUP),
        leaders));
    String limitLabel = (String) execution.getVariable(Variables.LIMIT_LABEL);
    recipients.forEach(group -> notifications.toGroup(petitionCase, TaskRef.NONE, group,
        SupervisionNotices.escalation(petitionCase, rung, name, limitLabel, recipientName(group, name, leaders))));
  }

  /** Whom a group stands for, as the timeline names it: a bureau role, or the supervised unit or its leaders. */
  private static String recipientName(String group, String responsibleName, String responsibleLeaders) {
    return Roles.BUREAU_ROLES.stream()
        .filter(role -> role.groupId().equals(group))
        .map(Roles.Role::name)
        .findFirst()
        .orElse(group.equals(responsibleLeaders) ? responsibleName + "负责人" : responsibleName);
  }

  /** Bureau or district leaders record their instruction on the overdue case. */
  public void leadersInstructed(DelegateTask task) {
    String text = new StepInputs(task).text(Variables.LEADER_INSTRUCTION, "督办意见", true, 2000);
    timeline.record(caseOf(task), EventType.SUPERVISION_INSTRUCTED, new TaskRef(task.getId(), task.getName()), text);
  }

  /** The supervision ends: the unit reported back, or the case was answered. */
  public void ended(DelegateExecution execution, boolean caseAnswered) {
    String name = (String) execution.getVariable(Variables.RESPONSIBLE_NAME);
    timeline.record(caseOf(execution), EventType.SUPERVISION_ENDED, caseAnswered
        ? name + "已办理超期事项，督办结束"
        : name + "已反馈督办，督办结束");
  }

  private PetitionCase caseOf(VariableScope scope) {
    return cases.of(scope);
  }
}
