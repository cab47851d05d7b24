package org.xinfang.review;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.Coded;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.supervision.WatchedDeadlines;

/** The reviewing organs' answers still due, for the supervisors' list; a hearing awaited stops the clock. */
@Component
class ReviewDeadlines implements WatchedDeadlines {

  private final ReviewRequestRepository requests;
  private final PetitionCaseRepository cases;

  ReviewDeadlines(ReviewRequestRepository requests, PetitionCaseRepository cases) {
    this.requests = requests;
    this.cases = cases;
  }

  @Override
  public List<Deadline> endingBy(Instant horizon) {
    return requests.findByAcceptedTrueAndAnsweredAtIsNullAndAnswerDueAtLessThanEqual(horizon).stream()
        .filter(request -> !request.awaitsHearing())
        .map(request -> {
          ReviewStage stage = request.getStage();
          return new Deadline(cases.findById(request.getCaseId()).orElseThrow(),
              new Coded(stage.organGroup(), stage.organName()),
              new Coded(stage.answerLimit().name(), stage.answerLimit().label()), request.getAnswerDueAt());
        })
        .toList();
  }
}
