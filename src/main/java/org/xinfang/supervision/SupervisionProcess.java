package org.xinfang.supervision;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xinfang.workflow.CaseProcess;

/** The names the supervision model and the code share: element ids, the message and variable names. */
@Component
public final class SupervisionProcess implements CaseProcess {

  public static final String KEY = "Supervision";

  /** Correlated with the case number as business key when the overdue step is taken. */
  public static final String CASE_ANSWERED = "CaseAnswered";

  SupervisionProcess() {}

  @Override
  public Set<String> keys() {
    return Set.of(KEY);
  }

  @Override
  public Map<String, String> limitNames() {
    return Map.of(
        Elements.ISSUE_NOTICE, "督办通知发出期限",
        Elements.ANSWER_SUPERVISION, "督办反馈期限");
  }

  /** Element ids of processes/supervision.bpmn. */
  public static final class Elements {
    public static final String ISSUE_NOTICE = "Task_IssueSupervisionNotice";
    public static final String NOTICE_DEADLINE = "Timer_IssueNoticeDeadline";
    public static final String ANSWER_SUPERVISION = "Task_AnswerSupervision";
    public static final String URGE_TIMER = "Timer_UrgeAfterFeedbackDue";
    public static final String SUPERVISE_TIMER = "Timer_SuperviseAfterUrging";
    public static final String LIST_TIMER = "Timer_ListAfterSupervising";
    public static final String BUREAU_LEADERS_TIMER = "Timer_BureauLeadersAfterListing";
    public static final String DISTRICT_LEADERS_TIMER = "Timer_DistrictLeadersAfterBureau";
    public static final String BUREAU_LEADERS_SUPERVISE = "Task_BureauLeadersSupervise";
    public static final String DISTRICT_LEADERS_SUPERVISE = "Task_DistrictLeadersSupervise";

    private Elements() {}
  }

  /** Process variables; the case's own facts the forms show come from the case record. */
  public static final class Variables {
    /** What is supervised: a legal limit ({@code REPLY} …) or a leader's instruction ({@code INSTRUCTION-7}). */
    public static final String LIMIT = "limit";
    public static final String LIMIT_LABEL = "limitLabel";
    public static final String RESPONSIBLE_NAME = "responsibleName";
    public static final String RESPONSIBLE_GROUP = "responsibleGroup";
    public static final String RESPONSIBLE_LEADERS = "responsibleLeaders";
    public static final String NOTICE_DUE_DATE = "noticeDueDate";
    public static final String NOTICE_TEXT = "noticeText";
    public static final String FEEDBACK_DAYS = "feedbackDays";
    public static final String FEEDBACK_DUE_DATE = "feedbackDueDate";
    public static final String FEEDBACK_TEXT = "feedbackText";
    public static final String LEADER_INSTRUCTION = "leaderInstruction";

    private Variables() {}
  }
}
