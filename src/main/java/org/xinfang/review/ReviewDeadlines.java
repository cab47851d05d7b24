package org.xinfang.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.supervision.WatchedDeadlines;
import org.xinfang.web.Coded;

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
    List<ReviewRequest> running = requests.findByAcceptedTrueAndAnsweredAtIsNullAndAnswerDueAtLessThanEqual(horizon)
        .stream().filter(request -> !request.awaitsHearing()).toList();
    Map<Long, PetitionCase> byId = cases.findAllById(running.stream().map(ReviewRequest::getCaseId).toList()).stream()
        .collect(Collectors.toMap(PetitionCase::getId, Function.identity()));
    return running.stream()
        .map(request -> {
          ReviewStage stage = request.getStage();
          return new Deadline(byId.get(request.getCaseId()),
              new Coded(stage.organGroup(), stage.organName()),
              new Coded(stage.answerLimit().name(), stage.answerLimit().label()), request.getAnswerDueAt());
        })
        .toList();
  }
}
