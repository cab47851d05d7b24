package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.chinaTime;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionCases.endOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.notification.Notification;
import org.xinfang.notification.NotificationRepository;
import org.xinfang.notification.PetitionerNotices;
import org.xinfang.organization.Roles;
import org.xinfang.review.NewReviewRequest;
import org.xinfang.review.ReviewConclusion;
import org.xinfang.review.ReviewEntry;
import org.xinfang.review.ReviewProcess.Answers;
import org.xinfang.review.ReviewProcess.Elements;
import org.xinfang.review.ReviewProcess.Variables;
import org.xinfang.review.ReviewProcess;
import org.xinfang.review.ReviewRequests;
import org.xinfang.supervision.DeadlineWatch;
import org.xinfang.supervision.SupervisionProcess;

/**
 * 复查 and 复核 (Art. 35, 36): the request windows, counted from the day the petitioner received the
 * answer and moved past a holiday; the answer limits, with a hearing's days not counted; and the
 * finality of a re-review (Art. 36 ¶3).
 *
 * <p>The calendar: the reply goes out on Tue 2026-09-01 and reaches the petitioner on Thu
 * 2026-09-03, so the review window's nominal last day is Sat 2026-10-03, in the National Day break
 * (Oct 1–7): it ends on Thu 2026-10-08.
 */
@PetitionProcessContext
class ReviewTest {

  @Autowired PetitionCases cases;
  @Autowired DeadlineWatch deadlineWatch;
  @Autowired IdentityService identityService;
  @Autowired ReviewRequests reviewRequests;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired NotificationRepository notifications;

  // ---- review window

  @Test
  void reviewRequestOnTheLastDayOfTheWindowMovedByNationalDayIsAccepted() {
    ProcessInstance petition = repliedOnTuesday1September();

    clockAt("2026-10-08T16:00");
    ReviewEntry entry = request(petition, "2026-10-08", "2026-09-03");

    assertThat(entry.accepted()).isTrue();
    assertThat(entry.windowLastDay()).isEqualTo(LocalDate.parse("2026-10-08"));
    ProcessInstance review = running(petition, ReviewProcess.REVIEW_KEY);
    assertThat(review).isWaitingAt(Elements.ANSWER_REVIEW);
    assertThat(task(review)).hasCandidateGroup(Roles.REVIEW_ORGAN)
        // 30 days from the request: Sat 2026-11-07, a weekend, so Mon 2026-11-09 (民法典 Art. 203)
        .hasDueDate(endOf("2026-11-09"));
    assertThat(job(Elements.REVIEW_DEADLINE, review).getDuedate()).isEqualTo(endOf("2026-11-09"));
    cases.assertThatCase(petition).hasStatus(CaseStatus.UNDER_REVIEW).agreesWithProcess()
        .hasEvent(EventType.REVIEW_REQUESTED, "2026年10月8日请求复查")
        .hasEvent(EventType.LIMIT_SET, "复查期限30日，2026年11月9日届满（《信访工作条例》第三十五条）")
        .hasEvent(EventType.NOTICE_ISSUED, "复查受理告知书");
    assertThat(noticeTo(petition, "复查受理告知书")).contains("2026年11月9日前出具《复查意见书》");
  }

  @Test
  void reviewRequestOneDayAfterTheWindowIsRefusedWithANoticeAndNothingElseChanges() {
    ProcessInstance petition = repliedOnTuesday1September();

    clockAt("2026-10-09T09:00");
    ReviewEntry entry = request(petition, "2026-10-09", "2026-09-03");

    assertThat(entry.accepted()).isFalse();
    assertThat(entry.refusalReason()).isEqualTo("超过复查申请期限");
    assertThat(entry.answerDueAt()).isNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(petition.getBusinessKey()).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(ReviewProcess.REVIEW_KEY)
        .processInstanceBusinessKey(petition.getBusinessKey()).singleResult().getEndActivityId())
        .isEqualTo(Elements.REFUSED_LATE);
    cases.assertThatCase(petition).hasStatus(CaseStatus.CLOSED).agreesWithProcess().isNotOverdue()
        .hasEvent(EventType.REVIEW_REQUEST_REFUSED, "超过复查申请期限（2026年10月8日届满），不予受理（《信访工作条例》第三十五条）")
        .hasEvent(EventType.NOTICE_ISSUED, "复查申请不予受理告知书")
        .hasNoEvent(EventType.REVIEW_REQUESTED);
    assertThat(noticeTo(petition, "复查申请不予受理告知书"))
        .contains("2026年10月9日提出的复查请求", "2026年10月8日届满", "不予受理", petition.getBusinessKey());
  }

  @Test
  void reviewIsAnsweredInTimeWithItsOpinionToThePetitioner() {
    ProcessInstance petition = repliedOnTuesday1September();
    clockAt("2026-10-08T16:00");
    request(petition, "2026-10-08", "2026-09-03");
    ProcessInstance review = running(petition, ReviewProcess.REVIEW_KEY);

    Task answer = task(review);
    String opening = (String) tasks.getVariableLocal(answer.getId(), NoticePreviews.NOTICE_OPENING);
    String closing = (String) tasks.getVariableLocal(answer.getId(), NoticePreviews.NOTICE_CLOSING);
    clockAt("2026-11-02T10:00");
    complete(answer, opinion(ReviewConclusion.UPHELD, "原处理意见认定事实清楚，维持。"));

    assertThat(review).hasPassed("Event_Reviewed").isEnded();
    cases.assertThatCase(petition).hasStatus(CaseStatus.REVIEWED).agreesWithProcess().isNotOverdue()
        .hasEvent(EventType.REVIEW_ANSWERED, "复查机关出具《复查意见书》：维持原意见")
        .hasEvent(EventType.NOTICE_ISSUED, "复查意见书");
    assertThat(noticeTo(petition, "复查意见书")).contains("维持原意见", "原处理意见认定事实清楚", "30日内", "请求复核");
    // the organ's form previewed this very letter, around the opinion it wrote
    String queryCode = cases.record(petition).getQueryCode();
    assertThat(opening + closing).doesNotContain(queryCode);
    assertThat(noticeTo(petition, "复查意见书")).isEqualTo("张建国：" + (opening.replace("【结论】", "维持原意见")
        + "原处理意见认定事实清楚，维持。" + closing).replace(PetitionerNotices.ISSUE_DAY, "2026年11月2日")
        .replace(PetitionerNotices.QUERY_CODE, queryCode));
    ReviewEntry entry = reviewRequests.of(cases.record(petition)).get(0);
    assertThat(entry.answeredAt()).isEqualTo(chinaTime("2026-11-02T10:00"));
    assertThat(entry.answerMet()).isTrue();
    assertThat(entry.opinion()).isEqualTo("原处理意见认定事实清楚，维持。");
  }

  @Test
  void reviewPastItsLimitMarksTheCaseOverdueAndIsSupervisedUntilAnswered() {
    ProcessInstance petition = repliedOnTuesday1September();
    clockAt("2026-10-08T16:00");
    request(petition, "2026-10-08", "2026-09-03");
    ProcessInstance review = running(petition, ReviewProcess.REVIEW_KEY);

    clockAt("2026-11-10T00:00");
    execute(job(Elements.REVIEW_DEADLINE, review));

    assertThat(review).isWaitingAt(Elements.ANSWER_REVIEW);
    cases.assertThatCase(petition).hasStatus(CaseStatus.UNDER_REVIEW).agreesWithProcess().isOverdue()
        .hasEvent(EventType.LIMIT_EXPIRED, "复查期限已届满")
        .hasEvent(EventType.SUPERVISION_STARTED, "督办对象：复查机关");
    ProcessInstance supervision = running(petition, SupervisionProcess.KEY);
    assertThat(watchedBySupervisors()).filteredOn(watched -> watched.caseNumber().equals(petition.getBusinessKey()))
        .singleElement().satisfies(watched -> {
          assertThat(watched.limit().code()).isEqualTo("REVIEW");
          assertThat(watched.actor().label()).isEqualTo("复查机关");
          assertThat(watched.overdue()).isTrue();
        });

    clockAt("2026-11-12T10:00");
    complete(task(review), opinion(ReviewConclusion.CHANGED, "责令原办理单位补发工资差额。"));
    assertThat(watchedBySupervisors()).extracting(DeadlineWatch.WatchedCase::caseNumber)
        .doesNotContain(petition.getBusinessKey());

    assertThat(supervision).isEnded();
    cases.assertThatCase(petition).hasStatus(CaseStatus.REVIEWED).agreesWithProcess()
        .hasEvent(EventType.REVIEW_ANSWERED, "（超过复查期限）")
        .hasEvent(EventType.SUPERVISION_ENDED, "复查机关已办理超期事项");
    assertThat(reviewRequests.of(cases.record(petition)).get(0).answerMet()).isFalse();
  }

  @Test
  void reviewCannotBeAskedOfACaseStillUnderReview() {
    ProcessInstance petition = repliedOnTuesday1September();
    clockAt("2026-10-08T16:00");
    request(petition, "2026-10-08", "2026-09-03");

    assertThatThrownBy(() -> request(petition, "2026-10-08", "2026-09-03"))
        .hasMessage("该事项正在复查，复查意见作出后才能请求复核");
    assertThat(reviewRequests.of(cases.record(petition))).hasSize(1);
  }

  // ---- re-review window and hearing

  @Test
  void reReviewRequestOnTheLastDayIsAcceptedAndTheDayAfterRefused() {
    ProcessInstance late = reviewedOnMonday26October();
    clockAt("2026-11-26T09:00");
    ReviewEntry refused = request(late, "2026-11-26", "2026-10-26");

    assertThat(refused.accepted()).isFalse();
    assertThat(refused.windowLastDay()).isEqualTo(LocalDate.parse("2026-11-25"));
    cases.assertThatCase(late).hasStatus(CaseStatus.REVIEWED).agreesWithProcess()
        .hasEvent(EventType.REVIEW_REQUEST_REFUSED, "超过复核申请期限（2026年11月25日届满），不予受理（《信访工作条例》第三十六条）");
    assertThat(noticeTo(late, "复核申请不予受理告知书")).contains("超过自收到《复查意见书》之日起计算的复核申请期限");

    ProcessInstance inTime = reviewedOnMonday26October();
    clockAt("2026-11-25T17:00");
    ReviewEntry accepted = request(inTime, "2026-11-25", "2026-10-26");

    assertThat(accepted.accepted()).isTrue();
    ProcessInstance reReview = running(inTime, ReviewProcess.RE_REVIEW_KEY);
    assertThat(reReview).isWaitingAt(Elements.ANSWER_RE_REVIEW);
    assertThat(task(reReview)).hasCandidateGroup(Roles.RE_REVIEW_ORGAN).hasDueDate(endOf("2026-12-25"));
    cases.assertThatCase(inTime).hasStatus(CaseStatus.UNDER_RE_REVIEW).agreesWithProcess()
        .hasEvent(EventType.RE_REVIEW_REQUESTED, "请求复核");
  }

  @Test
  void hearingPausesTheReReviewLimitAndMovesItsDueDateByExactlyTheHearingsDays() {
    ProcessInstance petition = reviewedOnMonday26October();
    clockAt("2026-11-25T17:00");
    request(petition, "2026-11-25", "2026-10-26");
    ProcessInstance reReview = running(petition, ReviewProcess.RE_REVIEW_KEY);
    assertThat(job(Elements.RE_REVIEW_DEADLINE, reReview).getDuedate()).isEqualTo(endOf("2026-12-25"));

    clockAt("2026-12-01T10:00");
    complete(task(reReview), withVariables(Variables.RE_REVIEW_ACTION, Answers.HEARING,
        Variables.HEARING_REASON, "双方对工资数额争议较大，需听取各方意见。"));

    assertThat(reReview).isWaitingAt(Elements.HOLD_HEARING);
    assertThat(task(reReview)).hasCandidateGroup(Roles.RE_REVIEW_ORGAN);
    assertThat(management.createJobQuery().processInstanceId(reReview.getId()).timers().count())
        .as("no limit runs while the hearing is held").isZero();
    cases.assertThatCase(petition).hasStatus(CaseStatus.UNDER_RE_REVIEW).agreesWithProcess()
        .hasEvent(EventType.HEARING_DECIDED, "双方对工资数额争议较大");

    clockAt("2026-12-10T09:00");
    complete(task(reReview), hearing("2026-12-07", "2026-12-09"));

    // three hearing days: Fri 2026-12-25 becomes Mon 2026-12-28
    assertThat(reReview).isWaitingAt(Elements.ANSWER_RE_REVIEW);
    assertThat(job(Elements.RE_REVIEW_DEADLINE, reReview).getDuedate()).isEqualTo(endOf("2026-12-28"));
    assertThat(task(reReview)).hasDueDate(endOf("2026-12-28"));
    cases.assertThatCase(petition).hasStatus(CaseStatus.UNDER_RE_REVIEW).agreesWithProcess()
        .hasEvent(EventType.HEARING_HELD, "2026年12月7日至2026年12月9日举行听证，共3日")
        .hasEvent(EventType.LIMIT_SET, "复核期限30日，听证3日不计入，2026年12月28日届满");
    ReviewEntry entry = reviewRequests.of(cases.record(petition)).get(1);
    assertThat(entry.originalAnswerDueAt()).isEqualTo(endOf("2026-12-25").toInstant());
    assertThat(entry.answerDueAt()).isEqualTo(endOf("2026-12-28").toInstant());
    assertThat(entry.hearing().days()).isEqualTo(3);

    assertThatThrownBy(() -> complete(task(reReview), withVariables(Variables.RE_REVIEW_ACTION, Answers.HEARING,
        Variables.HEARING_REASON, "再次听证。")))
        .hasRootCauseMessage("复核办理：本次复核已举行过听证，请出具复核意见");

    clockAt("2026-12-28T15:00");
    complete(task(reReview), withVariables(Variables.RE_REVIEW_ACTION, Answers.OPINION,
        Variables.CONCLUSION, ReviewConclusion.UPHELD.name(), Variables.OPINION, "复查意见正确，予以维持。"));

    assertThat(reReview).hasPassed("Event_ReReviewed").isEnded();
    cases.assertThatCase(petition).hasStatus(CaseStatus.RE_REVIEWED).agreesWithProcess().isNotOverdue()
        .hasEvent(EventType.RE_REVIEW_ANSWERED, "复核机关出具《复核意见书》：维持原意见");
    assertThat(noticeTo(petition, "复核意见书")).contains("复核意见为最终意见");
    assertThat(reviewRequests.of(cases.record(petition)).get(1).answerMet()).isTrue();
  }

  @Test
  void hearingDatesAreChecked() {
    ProcessInstance petition = reviewedOnMonday26October();
    clockAt("2026-11-25T17:00");
    request(petition, "2026-11-25", "2026-10-26");
    ProcessInstance reReview = running(petition, ReviewProcess.RE_REVIEW_KEY);
    clockAt("2026-12-01T10:00");
    complete(task(reReview), withVariables(Variables.RE_REVIEW_ACTION, Answers.HEARING,
        Variables.HEARING_REASON, "需听取各方意见。"));
    clockAt("2026-12-10T09:00");

    assertThatThrownBy(() -> complete(task(reReview), hearing("2026-12-09", "2026-12-07")))
        .hasRootCauseMessage("听证结束日期：不能早于听证开始日期");
    assertThatThrownBy(() -> complete(task(reReview), hearing("2026-11-30", "2026-12-02")))
        .hasRootCauseMessage("听证开始日期：不能早于决定听证之日（2026年12月1日）");
    assertThatThrownBy(() -> complete(task(reReview), hearing("2026-12-09", "2026-12-11")))
        .hasRootCauseMessage("听证结束日期：听证结束后再填写，不能晚于今天");
    assertThat(reReview).isWaitingAt(Elements.HOLD_HEARING);
  }

  @Test
  void afterReReviewTheSameMatterIsNotAcceptedAgain() {
    ProcessInstance petition = reviewedOnMonday26October();
    clockAt("2026-11-25T17:00");
    request(petition, "2026-11-25", "2026-10-26");
    ProcessInstance reReview = running(petition, ReviewProcess.RE_REVIEW_KEY);
    clockAt("2026-12-02T10:00");
    complete(task(reReview), withVariables(Variables.RE_REVIEW_ACTION, Answers.OPINION,
        Variables.CONCLUSION, ReviewConclusion.UPHELD.name(), Variables.OPINION, "复查意见正确，予以维持。"));

    clockAt("2026-12-05T10:00");
    ReviewEntry again = reviewRequests.record(petition.getBusinessKey(), new NewReviewRequest(null, null));

    assertThat(again.accepted()).isFalse();
    assertThat(again.requestedOn()).isEqualTo(LocalDate.parse("2026-12-05"));
    assertThat(again.receivedOn()).as("the re-review opinion's day").isEqualTo(LocalDate.parse("2026-12-02"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(petition.getBusinessKey()).count()).isZero();
    cases.assertThatCase(petition).hasStatus(CaseStatus.RE_REVIEWED).agreesWithProcess()
        .hasEvent(EventType.REVIEW_REQUEST_REFUSED, "事项已经复核，不再受理（《信访工作条例》第三十六条第三款）");
    assertThat(noticeTo(petition, "复核申请不予受理告知书")).contains("不再受理");

    // the same matter brought again as a new petition: the petition room is offered 不再受理
    ProcessInstance repeat = cases.register(petition.getBusinessKey());
    assertThat(tasks.getVariable(task(repeat).getId(), PetitionProcess.Variables.ROUTING_DECISION))
        .isEqualTo(RoutingDecision.NOT_ACCEPT_AGAIN.name());
    complete(task(repeat), StepForms.decide(RoutingDecision.NOT_ACCEPT_AGAIN, "该事项已经复核终结，以同一事实和理由再次提出。"));
    cases.assertThatCase(repeat).hasStatus(CaseStatus.NOT_ACCEPTED_AGAIN).agreesWithProcess();
  }

  // ---- the story so far

  /** A transferred case answered on Tue 2026-09-01 and closed. */
  private ProcessInstance repliedOnTuesday1September() {
    ProcessInstance petition = cases.acceptedOnTuesday14July(StepForms.transferTo(CHENGBEI));
    clockAt("2026-09-01T09:00");
    complete(task(petition), StepForms.reply());
    complete(task(petition), StepForms.approveReply());
    assertThat(petition).isEnded();
    cases.assertThatCase(petition).hasStatus(CaseStatus.CLOSED).agreesWithProcess();
    return petition;
  }

  /** Reviewed on Mon 2026-10-26, the opinion received the same day: the re-review window ends Wed 2026-11-25. */
  private ProcessInstance reviewedOnMonday26October() {
    ProcessInstance petition = repliedOnTuesday1September();
    clockAt("2026-09-20T10:00");
    request(petition, "2026-09-20", "2026-09-03");
    clockAt("2026-10-26T10:00");
    complete(task(running(petition, ReviewProcess.REVIEW_KEY)),
        opinion(ReviewConclusion.UPHELD, "原处理意见认定事实清楚，维持。"));
    cases.assertThatCase(petition).hasStatus(CaseStatus.REVIEWED).agreesWithProcess();
    return petition;
  }

  private ReviewEntry request(ProcessInstance petition, String requestedOn, String receivedOn) {
    return reviewRequests.record(petition.getBusinessKey(),
        new NewReviewRequest(LocalDate.parse(requestedOn), LocalDate.parse(receivedOn)));
  }

  private ProcessInstance running(ProcessInstance petition, String key) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(key)
        .processInstanceBusinessKey(petition.getBusinessKey()).singleResult();
  }

  private String noticeTo(ProcessInstance petition, String title) {
    // a letter, and a text message to the petitioner's mobile phone, with the same text
    List<String> texts = notifications.findByCaseIdOrderByIdAsc(cases.record(petition).getId()).stream()
        .filter(n -> n.getNotice().equals(title))
        .map(Notification::getBody)
        .distinct()
        .toList();
    assertThat(texts).as(title).hasSize(1);
    return texts.get(0);
  }

  private static Map<String, Object> opinion(ReviewConclusion conclusion, String text) {
    return withVariables(Variables.CONCLUSION, conclusion.name(), Variables.OPINION, text);
  }

  private static Map<String, Object> hearing(String from, String to) {
    return withVariables(Variables.HEARING_FROM, from, Variables.HEARING_TO, to,
        Variables.HEARING_RECORD, "信访人、原办理单位到场陈述，复核机关听取意见。");
  }

  /** The supervisors' list of deadlines passed or ending within three days, as a supervisor sees it. */
  private List<DeadlineWatch.WatchedCase> watchedBySupervisors() {
    identityService.setAuthentication("watching.supervisor", List.of(Roles.SUPERVISORS));
    try {
      return deadlineWatch.watch(3).cases();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
