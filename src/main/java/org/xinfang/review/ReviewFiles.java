package org.xinfang.review;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.workflow.PetitionProcess;

/** Finds the case record and the request a review process works on. */
@Component
class ReviewFiles {

  private final PetitionCaseRepository cases;
  private final ReviewRequestRepository requests;

  ReviewFiles(PetitionCaseRepository cases, ReviewRequestRepository requests) {
    this.cases = cases;
    this.requests = requests;
  }

  PetitionCase caseOf(VariableScope scope) {
    Object id = scope.getVariable(PetitionProcess.Variables.CASE_ID);
    if (!(id instanceof Number caseId)) {
      throw new IllegalStateException("review process has no case id");
    }
    return cases.findById(caseId.longValue()).orElseThrow(() -> new IllegalStateException("no case record " + id));
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
    return requests.findById(requestId.longValue()).orElseThrow(() -> new IllegalStateException("no request " + id));
  }
}
