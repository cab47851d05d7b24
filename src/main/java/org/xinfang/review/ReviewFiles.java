package org.xinfang.review;

import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.deadline.RunningLimits;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.workflow.CaseFiles;

/** Finds the case record and the request a review process works on, and keeps where its answer limit began. */
@Component
class ReviewFiles {

  /** The owner of review and re-review answer limits among the running limits ({@link ReviewLimitMoves}). */
  static final String OWNER = "REVIEW";

  private final CaseFiles cases;
  private final ReviewRequestRepository requests;
  private final RunningLimits running;

  ReviewFiles(CaseFiles cases, ReviewRequestRepository requests, RunningLimits running) {
    this.cases = cases;
    this.requests = requests;
    this.running = running;
  }

  /**
   * An answer limit counted for the request of the process: kept as a running limit, keyed by the
   * limit and the process, so that a holiday schedule loaded later moves it.
   */
  void answerLimitCounted(VariableScope scope, String processId, LegalLimit limit, DueDate counted) {
    running.started(caseOf(scope).getId(), OWNER, limit.name() + ":" + processId, counted);
  }

  PetitionCase caseOf(VariableScope scope) {
    return cases.of(scope);
  }

  /** The answered request of a stage: the opinion a re-review reviews. */
  Optional<ReviewRequest> answered(PetitionCase petitionCase, ReviewStage stage) {
    return requests.findFirstByCaseIdAndStageAndAcceptedTrueOrderByIdDesc(petitionCase.getId(), stage)
        .filter(request -> request.getAnsweredAt() != null);
  }

  ReviewRequest requestOf(VariableScope scope) {
    Object id = scope.getVariable(ReviewProcess.Variables.REQUEST_ID);
    if (!(id instanceof Number requestId)) {
      throw new IllegalStateException("review process has no request id");
    }
    ReviewRequest request = requests.findById(requestId.longValue())
        .orElseThrow(() -> new IllegalStateException("no request " + id));
    if (!request.getCaseId().equals(caseOf(scope).getId())) {
      throw new IllegalStateException("request " + id + " is not on the case of this process");
    }
    return request;
  }
}
