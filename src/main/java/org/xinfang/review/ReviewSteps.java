package org.xinfang.review;

import static org.xinfang.review.ReviewProcess.Answers.HEARING;
import static org.xinfang.review.ReviewProcess.Answers.OPINION;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.EngineClock;
import org.xinfang.notification.Notifications;
import org.xinfang.review.ReviewProcess.Variables;
import org.xinfang.supervision.Supervisions;
import org.xinfang.workflow.InvalidStepInput;
import org.xinfang.workflow.NoticePreviews;
import org.xinfang.workflow.StepInputs;

/**
 * The steps of the review and re-review models that change the case record and the request,
 * called as {@code ${review.…}} in the engine's transaction: a refused form input rolls back both.
 */
@Component("review")
public class ReviewSteps {

  private final ReviewFiles files;
  private final CaseTimeline timeline;
  private final Notifications notifications;
  private final Supervisions supervision;

  ReviewSteps(ReviewFiles files, CaseTimeline timeline, Notifications notifications, Supervisions supervision) {
    this.files = files;
    this.timeline = timeline;
    this.notifications = notifications;
    this.supervision = supervision;
  }

  /** A request in time opens the review (复查中) or the re-review (复核中) of the case. */
  public void opened(DelegateExecution execution) {
    ReviewRequest request = files.requestOf(execution);
    PetitionCase petitionCase = files.caseOf(execution);
    petitionCase.reviewOpened();
    ReviewStage stage = request.getStage();
    timeline.record(petitionCase, stage == ReviewStage.REVIEW ? EventType.REVIEW_REQUESTED : EventType.RE_REVIEW_REQUESTED,
        "信访人于" + day(request.getRequestedOn()) + "请求" + stage.label() + "（收到《" + stage.contestedDocument() + "》之日："
            + day(request.getReceivedOn()) + "，申请期限" + day(request.getWindowLastDay()) + "届满），已受理，由"
            + stage.organName() + stage.label() + "（" + stage.requestWindow().article() + "）");
  }

  /** A request after its window: the petitioner is told, and nothing else changes. */
  public void refusedLate(DelegateExecution execution) {
    ReviewRequest request = files.requestOf(execution);
    PetitionCase petitionCase = files.caseOf(execution);
    ReviewStage stage = request.getStage();
    request.refused("超过" + stage.requestWindow().label());
    timeline.record(petitionCase, EventType.REVIEW_REQUEST_REFUSED, "信访人于" + day(request.getRequestedOn()) + "请求"
        + stage.label() + "，超过" + stage.requestWindow().label() + "（" + day(request.getWindowLastDay()) + "届满），不予受理（"
        + stage.requestWindow().article() + "）");
    notifications.toPetitioners(petitionCase, TaskRef.NONE, ReviewNotices.refusedLate(petitionCase, request));
  }

  /**
   * Every answer task shows the request's dates and the answer under review, and asks its
   * question afresh: a re-review task met again after the hearing does not show the earlier choice.
   */
  public void briefed(DelegateTask task) {
    ReviewRequest request = files.requestOf(task);
    PetitionCase petitionCase = files.caseOf(task);
    task.setVariableLocal("requestedOn", day(request.getRequestedOn()));
    task.setVariableLocal("receivedOn", day(request.getReceivedOn()));
    task.setVariableLocal("replyText", petitionCase.getReplyText());
    task.setVariableLocal("replyOutcome", petitionCase.getOutcome().label());
    if (request.getStage() == ReviewStage.RE_REVIEW) {
      files.answered(petitionCase, ReviewStage.REVIEW).ifPresent(review -> {
        task.setVariableLocal("reviewConclusionGiven", review.getConclusion().label());
        task.setVariableLocal("reviewOpinionGiven", review.getOpinion());
      });
    }
    if (request.getHearingFrom() != null) {
      task.setVariableLocal("hearingHeld", day(request.getHearingFrom()) + "至" + day(request.getHearingTo()) + "（"
          + request.hearingDays() + "日，不计入复核期限）：" + request.getHearingRecord());
    }
    NoticePreviews.show(task, ReviewNotices.opinionPreview(petitionCase, request.getStage()));
    NoticePreviews.labels(task, Arrays.stream(ReviewConclusion.values())
        .collect(NoticePreviews.labelled(ReviewConclusion::name, ReviewConclusion::label)));
    task.removeVariable(Variables.RE_REVIEW_ACTION);
    task.removeVariable(Variables.HEARING_REASON);
  }

  /** The reviewing organ issues its review opinion (复查意见书, Art. 35). */
  public void reviewAnswered(DelegateTask task) {
    answer(task, files.requestOf(task));
  }

  /** The re-reviewing organ issues its opinion, or decides to hold a hearing first (Art. 36). */
  public void reReviewDecided(DelegateTask task) {
    StepInputs in = new StepInputs(task);
    String action = in.oneOf(Variables.RE_REVIEW_ACTION, "复核办理", OPINION, HEARING);
    ReviewRequest request = files.requestOf(task);
    if (OPINION.equals(action)) {
      answer(task, request);
      return;
    }
    if (request.getHearingDecidedAt() != null) {
      throw new InvalidStepInput("复核办理", "本次复核已举行过听证，请出具复核意见");
    }
    String reason = in.text(Variables.HEARING_REASON, "听证事由", true, 2000);
    request.hearingDecided(reason, EngineClock.now());
    timeline.record(files.caseOf(task), EventType.HEARING_DECIDED, ref(task),
        "决定举行听证，听证时间不计入复核期限（《信访工作条例》第三十六条）。事由：" + reason);
  }

  /** The hearing was held: its days, first and last, are added to the re-review limit. */
  public void hearingHeld(DelegateTask task) {
    StepInputs in = new StepInputs(task);
    LocalDate from = date(in, Variables.HEARING_FROM, "听证开始日期");
    LocalDate to = date(in, Variables.HEARING_TO, "听证结束日期");
    String record = in.text(Variables.HEARING_RECORD, "听证情况", true, StepInputs.LONGEST_TEXT);
    ReviewRequest request = files.requestOf(task);
    LocalDate today = ChinaTime.dayOf(EngineClock.now());
    LocalDate decided = ChinaTime.dayOf(request.getHearingDecidedAt());
    if (to.isBefore(from)) {
      throw new InvalidStepInput("听证结束日期", "不能早于听证开始日期");
    }
    if (from.isBefore(decided)) {
      throw new InvalidStepInput("听证开始日期", "不能早于决定听证之日（" + day(decided) + "）");
    }
    if (to.isAfter(today)) {
      throw new InvalidStepInput("听证结束日期", "听证结束后再填写，不能晚于今天");
    }
    request.hearingHeld(from, to, record);
    timeline.record(files.caseOf(task), EventType.HEARING_HELD, ref(task), day(from) + "至" + day(to) + "举行听证，共"
        + request.hearingDays() + "日，不计入复核期限。" + record);
  }

  private void answer(DelegateTask task, ReviewRequest request) {
    StepInputs in = new StepInputs(task);
    ReviewConclusion conclusion = in.choice(Variables.CONCLUSION, request.getStage().label() + "结论", ReviewConclusion.class);
    String opinion = in.text(Variables.OPINION, request.getStage().label() + "意见", true, StepInputs.LONGEST_TEXT);
    PetitionCase petitionCase = files.caseOf(task);
    request.answered(conclusion, opinion, EngineClock.now());
    petitionCase.reviewAnswered();
    ReviewStage stage = request.getStage();
    TaskRef ref = ref(task);
    timeline.record(petitionCase, stage == ReviewStage.REVIEW ? EventType.REVIEW_ANSWERED : EventType.RE_REVIEW_ANSWERED,
        ref, stage.organName() + "出具《" + stage.opinionDocument() + "》：" + conclusion.label()
            + (Boolean.TRUE.equals(request.getAnswerMet()) ? "" : "（超过" + stage.answerLimit().label() + "）"));
    notifications.toPetitioners(petitionCase, ref, ReviewNotices.opinion(petitionCase, request));
    supervision.caseAnswered(petitionCase, stage.answerLimit());
  }

  private static LocalDate date(StepInputs in, String name, String label) {
    String text = in.text(name, label, true, 40);
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidStepInput(label, "必须是日期，格式为yyyy-MM-dd");
    }
  }

  private static String day(TemporalAccessor day) {
    return ChinaTime.DAY.format(day);
  }

  private static TaskRef ref(DelegateTask task) {
    return new TaskRef(task.getId(), task.getName());
  }
}
