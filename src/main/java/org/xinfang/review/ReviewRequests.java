package org.xinfang.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.xinfang.casefile.Actors;
import org.xinfang.casefile.CaseNotFoundException;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.EngineClock;
import org.xinfang.notification.Notifications;
import org.xinfang.web.InvalidRequestProblem;
import org.xinfang.web.InvalidRequestProblem.FieldProblem;
import org.xinfang.workflow.PetitionProcess;
import org.xinfang.workflow.SystemAuthority;

/**
 * The petition room records a petitioner's request for review (复查) of the written reply or for
 * re-review (复核) of the review opinion. The request starts the stage's process, which checks its
 * window; a case already re-reviewed is final and the request is refused here (Art. 36 ¶3).
 */
@Service
public class ReviewRequests {

  private final PetitionCaseRepository cases;
  private final ReviewRequestRepository requests;
  private final ReviewFiles files;
  private final RuntimeService runtime;
  private final CaseTimeline timeline;
  private final Notifications notifications;
  private final Actors actors;
  private final SystemAuthority system;

  ReviewRequests(PetitionCaseRepository cases, ReviewRequestRepository requests, ReviewFiles files,
      RuntimeService runtime, CaseTimeline timeline, Notifications notifications, Actors actors, SystemAuthority system) {
    this.system = system;
    this.cases = cases;
    this.requests = requests;
    this.files = files;
    this.runtime = runtime;
    this.timeline = timeline;
    this.notifications = notifications;
    this.actors = actors;
  }

  @Transactional
  public ReviewEntry record(String caseNumber, NewReviewRequest body) {
    PetitionCase petitionCase = cases.findByCaseNumber(caseNumber)
        .orElseThrow(() -> new CaseNotFoundException(caseNumber));
    CaseStatus status = petitionCase.getStatus();
    boolean finalAnswer = status == CaseStatus.RE_REVIEWED;
    ReviewStage stage = finalAnswer ? ReviewStage.RE_REVIEW : ReviewStage.contesting(status);
    if (stage == null) {
      throw new ReviewNotPossible(notPossible(status));
    }
    LocalDate issuedOn = issuedOn(petitionCase);
    Instant now = EngineClock.now();
    LocalDate requestedOn = body.requestedOn() != null ? body.requestedOn() : ChinaTime.dayOf(now);
    LocalDate receivedOn = body.receivedOn() != null ? body.receivedOn() : issuedOn;
    check(requestedOn, receivedOn, issuedOn, ChinaTime.dayOf(now), stage);
    ReviewRequest request = requests.save(new ReviewRequest(petitionCase.getId(), stage, requestedOn, receivedOn,
        now, actors.current()));
    if (finalAnswer) {
      refuseFinal(petitionCase, request);
    } else {
      start(petitionCase, request);
    }
    return ReviewEntry.of(request);
  }

  @Transactional(readOnly = true)
  public List<ReviewEntry> of(PetitionCase petitionCase) {
    return requests.findByCaseIdOrderByIdAsc(petitionCase.getId()).stream().map(ReviewEntry::of).toList();
  }

  private void start(PetitionCase petitionCase, ReviewRequest request) {
    ReviewStage stage = request.getStage();
    system.run(() -> runtime.createProcessInstanceByKey(stage.processKey())
        .businessKey(petitionCase.getCaseNumber())
        .setVariables(Map.of(
            PetitionProcess.Variables.CASE_NUMBER, petitionCase.getCaseNumber(),
            PetitionProcess.Variables.CASE_TITLE, petitionCase.getTitle(),
            ReviewProcess.Variables.REQUEST_ID, request.getId()))
        .execute());
  }

  /** After re-review the same facts and reasons are not accepted again (Art. 36 ¶3). */
  private void refuseFinal(PetitionCase petitionCase, ReviewRequest request) {
    request.refused("事项已经复核，不再受理");
    timeline.record(petitionCase, EventType.REVIEW_REQUEST_REFUSED, "信访人于" + ChinaTime.DAY.format(request.getRequestedOn())
        + "再次请求复核，事项已经复核，不再受理（《信访工作条例》第三十六条第三款）");
    notifications.toPetitioners(petitionCase, TaskRef.NONE, ReviewNotices.refusedFinal(petitionCase, request));
  }

  /** The day the answer now contested was issued: the reply, the review opinion or the re-review opinion. */
  private LocalDate issuedOn(PetitionCase petitionCase) {
    if (petitionCase.getStatus() == CaseStatus.CLOSED) {
      return ChinaTime.dayOf(petitionCase.getRepliedAt());
    }
    ReviewStage answered = petitionCase.getStatus() == CaseStatus.REVIEWED ? ReviewStage.REVIEW : ReviewStage.RE_REVIEW;
    return files.answered(petitionCase, answered).map(request -> ChinaTime.dayOf(request.getAnsweredAt()))
        .orElseThrow(() -> new IllegalStateException(petitionCase.getCaseNumber() + " has no " + answered + " opinion"));
  }

  private static void check(LocalDate requestedOn, LocalDate receivedOn, LocalDate issuedOn, LocalDate today,
      ReviewStage stage) {
    List<FieldProblem> problems = new ArrayList<>();
    if (requestedOn.isAfter(today)) {
      problems.add(new FieldProblem("requestedOn", "不能晚于今天"));
    }
    if (receivedOn.isBefore(issuedOn)) {
      problems.add(new FieldProblem("receivedOn", "不能早于《" + stage.contestedDocument() + "》作出之日（"
          + ChinaTime.DAY.format(issuedOn) + "）"));
    } else if (receivedOn.isAfter(requestedOn)) {
      problems.add(new FieldProblem("receivedOn", "不能晚于提出请求之日"));
    }
    if (!problems.isEmpty()) {
      throw new ErrorResponseException(HttpStatus.BAD_REQUEST, new InvalidRequestProblem(problems), null);
    }
  }

  private static String notPossible(CaseStatus status) {
    return switch (status) {
      case UNDER_REVIEW -> "该事项正在复查，复查意见作出后才能请求复核";
      case UNDER_RE_REVIEW -> "该事项正在复核";
      case REPORT_PENDING_REVIEW -> "办结报告尚在审核，事项办结后再登记复查请求；请求日期按实际提出之日填写，不影响是否逾期";
      default -> "该事项尚未作出书面处理意见（" + status.label() + "），不能请求复查";
    };
  }
}
