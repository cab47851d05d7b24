package org.xinfang.review;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casefile.Actors;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.EngineClock;

/**
 * The review request (复查, Art. 35) of an imported case, as the earlier records hold it: the day it
 * was made and the day the reviewing organ answered. Its window counts from the day of the reply,
 * the live default for a request without a delivery receipt; a late request is refused as the
 * review process refuses it, and has no answer. No process runs: an answered review leaves the
 * case reviewed (已复查), finished.
 */
@Component
public class ImportedReviews {

  private final ReviewRequestRepository requests;
  private final DueDateCalculator calculator;
  private final Actors actors;

  ImportedReviews(ReviewRequestRepository requests, DueDateCalculator calculator, Actors actors) {
    this.requests = requests;
    this.calculator = calculator;
    this.actors = actors;
  }

  /** The last day of the review request window opened by a reply on {@code repliedOn}. */
  public LocalDate windowLastDay(LocalDate repliedOn, int windowDays) {
    return calculator.countDays(repliedOn, windowDays).lastDay();
  }

  /**
   * Records the request; {@code answeredAt} is null exactly when the request came too late.
   *
   * @return whether the request came within its window
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean record(PetitionCase petitionCase, LocalDate requestedOn, Instant answeredAt, int windowDays,
      int answerDays) {
    LocalDate repliedOn = ChinaTime.dayOf(petitionCase.getRepliedAt());
    ReviewRequest request = new ReviewRequest(petitionCase.getId(), ReviewStage.REVIEW, requestedOn, repliedOn,
        EngineClock.now(), actors.current());
    if (!request.windowCounted(windowLastDay(repliedOn, windowDays))) {
      request.refused("超过" + ReviewStage.REVIEW.requestWindow().label());
      requests.save(request);
      return false;
    }
    request.answerLimitSet(calculator.countDays(requestedOn, answerDays).dueAt());
    request.answered(null, null, answeredAt);
    requests.save(request);
    petitionCase.reviewOpened();
    petitionCase.reviewAnswered();
    return true;
  }
}
