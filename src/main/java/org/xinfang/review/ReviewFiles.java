package org.xinfang.review;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.workflow.CaseFiles;

/** Finds the case record and the request a review process works on. */
@Component
class ReviewFiles {

  private final CaseFiles cases;
  private final ReviewRequestRepository requests;

  ReviewFiles(CaseFiles cases, ReviewRequestRepository requests) {
    this.cases = cases;
    this.requests = requests;
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
