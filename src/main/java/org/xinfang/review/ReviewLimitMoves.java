package org.xinfang.review;

import java.util.Date;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.deadline.LimitMover;
import org.xinfang.deadline.RunningLimit;
import org.xinfang.review.ReviewProcess.Elements;
import org.xinfang.workflow.LegalLimits;
import org.xinfang.workflow.TimerMoves;
import org.xinfang.workflow.TimerMoves.Deadline;

/**
 * Moves a review's or re-review's answer limit still running (Art. 35, 36) when a holiday schedule
 * loaded or corrected later counts it to another day: its timer, the organ's task, the request's due
 * date and the case's timeline. An answer limit counts from the request, so the recount keeps the
 * hearing's days it was given.
 */
@Component
class ReviewLimitMoves implements LimitMover {

  private final TimerMoves timers;
  private final ReviewRequestRepository requests;
  private final PetitionCaseRepository cases;
  private final CaseTimeline timeline;

  ReviewLimitMoves(TimerMoves timers, ReviewRequestRepository requests, PetitionCaseRepository cases,
      CaseTimeline timeline) {
    this.timers = timers;
    this.requests = requests;
    this.cases = cases;
    this.timeline = timeline;
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
    return timers.move(processId, deadline, Date.from(recounted.dueAt())).map(before -> {
      Object requestId = timers.variable(processId, ReviewProcess.Variables.REQUEST_ID);
      requests.findById(((Number) requestId).longValue()).orElseThrow().answerLimitSet(recounted.dueAt());
      timeline.record(cases.findById(limit.caseId()).orElseThrow(), EventType.LIMIT_MOVED,
          LimitMover.moved(legalLimit.label(), before.toInstant(), recounted, reason, legalLimit.article()));
      return Outcome.MOVED;
    }).orElse(Outcome.ENDED);
  }
}
