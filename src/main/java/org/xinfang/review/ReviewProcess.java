package org.xinfang.review;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.workflow.CaseProcess;

/** The names the review and re-review models and the code share: keys, element ids, variables. */
@Component
public final class ReviewProcess implements CaseProcess {

  /** processes/review.bpmn: 复查. */
  public static final String REVIEW_KEY = "Review";
  /** processes/re-review.bpmn: 复核. */
  public static final String RE_REVIEW_KEY = "ReReview";

  ReviewProcess() {}

  @Override
  public Set<String> keys() {
    return Set.of(REVIEW_KEY, RE_REVIEW_KEY);
  }

  @Override
  public Map<String, String> limitNames() {
    return Map.of(
        Elements.ANSWER_REVIEW, LegalLimit.REVIEW.label(),
        Elements.ANSWER_RE_REVIEW, LegalLimit.RE_REVIEW.label());
  }

  @Override
  public Map<CaseStatus, Waiting> carries() {
    return Map.of(
        CaseStatus.UNDER_REVIEW, new Waiting(REVIEW_KEY, Set.of(Elements.ANSWER_REVIEW)),
        CaseStatus.UNDER_RE_REVIEW, new Waiting(RE_REVIEW_KEY, Set.of(Elements.ANSWER_RE_REVIEW, Elements.HOLD_HEARING)));
  }

  /** Element ids of both models. */
  public static final class Elements {
    public static final String ANSWER_REVIEW = "Task_AnswerReview";
    public static final String ANSWER_RE_REVIEW = "Task_AnswerReReview";
    public static final String HOLD_HEARING = "Task_HoldHearing";
    public static final String REVIEW_DEADLINE = "Timer_ReviewDeadline";
    public static final String RE_REVIEW_DEADLINE = "Timer_ReReviewDeadline";
    public static final String REFUSED_LATE = "Event_RequestRefusedLate";

    private Elements() {}
  }

  /** Process variables besides the case's (caseId, caseNumber, caseTitle). */
  public static final class Variables {
    public static final String REQUEST_ID = "reviewRequestId";
    public static final String REQUEST_IN_TIME = "requestInTime";
    public static final String RE_REVIEW_ACTION = "reReviewAction";
    public static final String HEARING_REASON = "hearingReason";
    public static final String HEARING_FROM = "hearingFrom";
    public static final String HEARING_TO = "hearingTo";
    public static final String HEARING_RECORD = "hearingRecord";
    public static final String CONCLUSION = "reviewConclusion";
    public static final String OPINION = "reviewOpinion";

    private Variables() {}
  }

  /** The values the re-review form submits. */
  public static final class Answers {
    public static final String OPINION = "OPINION";
    public static final String HEARING = "HEARING";

    private Answers() {}
  }
}
