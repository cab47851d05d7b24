package org.xinfang.review;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.EngineClock;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.deadline.LimitMover;
import org.xinfang.deadline.RunningLimit;
import org.xinfang.review.ReviewProcess.Elements;
import org.xinfang.supervision.Supervisions;
import org.xinfang.workflow.LegalLimits;
import org.xinfang.workflow.TimerMoves;
import org.xinfang.workflow.TimerMoves.Deadline;

/**
 * Moves a review's or re-review's answer limit (Art. 35, 36) when a holiday schedule loaded or
 * corrected later counts it to another day: its timer, the organ's task, the request's due date and
 * the case's timeline. An answer limit counts from the request, so the recount keeps the hearing's
 * days it was given. A limit that passed while the organ's task still waits, and is not due after
 * all, is reopened: the overdue mark withdrawn, its timer armed again by entering the task anew, and
 * the supervision it started closed as started in error.
 */
@Component
class ReviewLimitMoves implements LimitMover {

  private final TimerMoves timers;
  private final ReviewRequestRepository requests;
  private final PetitionCaseRepository cases;
  private final CaseTimeline timeline;
  private final Supervisions supervision;

  ReviewLimitMoves(TimerMoves timers, ReviewRequestRepository requests, PetitionCaseRepository cases,
      CaseTimeline timeline, Supervisions supervision) {
    this.timers = timers;
    this.requests = requests;
    this.cases = cases;
    this.timeline = timeline;
    this.supervision = supervision;
  }

  @Override
  public String owner() {
    return ReviewFiles.OWNER;
  }

  @Override
  public Outcome move(RunningLimit limit, DueDate recounted, String reason) {
    String[] key = limit.key().split(":", 2);
    LegalLimit legalLimit = LegalLimit.valueOf(key[0]);
    String processId = key[1];
    Deadline deadline = legalLimit == LegalLimit.REVIEW
        ? new Deadline(Elements.REVIEW_DEADLINE, LegalLimits.dueDateVariable(legalLimit), Elements.ANSWER_REVIEW,
            legalLimit.label())
        : new Deadline(Elements.RE_REVIEW_DEADLINE, LegalLimits.dueDateVariable(legalLimit),
            Elements.ANSWER_RE_REVIEW, legalLimit.label());
    Instant newDue = recounted.dueAt();
    Optional<Date> waited = timers.move(processId, deadline, Date.from(newDue));
    if (waited.isPresent()) {
      requestOf(processId).answerLimitSet(newDue);
      timeline.record(caseOf(limit), EventType.LIMIT_MOVED,
          LimitMover.moved(legalLimit.label(), waited.get().toInstant(), recounted, reason, legalLimit.article()));
      return Outcome.MOVED;
    }
    if (!timers.waits(processId, deadline.task())) {
      return Outcome.ENDED;
    }
    ReviewRequest request = requestOf(processId);
    if (!request.answerMissedWhileWaiting()) {
      return Outcome.ENDED;
    }
    PetitionCase petitionCase = caseOf(limit);
    timeline.record(petitionCase, EventType.LIMIT_MOVED,
        LimitMover.moved(legalLimit.label(), request.getAnswerDueAt(), recounted, reason, legalLimit.article()));
    if (!newDue.isAfter(EngineClock.now())) {
      request.answerLimitSet(newDue);
      timers.dated(processId, deadline, Date.from(newDue));
      return Outcome.MOVED;
    }
    request.answerLimitReopened(newDue);
    petitionCase.answerLimitReopened();
    timeline.record(petitionCase, EventType.LIMIT_REOPENED, LimitMover.reopened(legalLimit.label(), newDue));
    // the model's timer counts the limit again on entering the task: to the same day, now the request's
    timers.reenter(processId, deadline.task(), deadline.task());
    supervision.withdraw(petitionCase, legalLimit.name(), legalLimit.label(), reason);
    return Outcome.REOPENED;
  }

  private ReviewRequest requestOf(String processId) {
    Object requestId = timers.variable(processId, ReviewProcess.Variables.REQUEST_ID);
    return requests.findById(((Number) requestId).longValue()).orElseThrow();
  }

  private PetitionCase caseOf(RunningLimit limit) {
    return cases.findById(limit.caseId()).orElseThrow();
  }
}
