package org.xinfang.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRequestRepository extends JpaRepository<ReviewRequest, Long> {

  List<ReviewRequest> findByCaseIdOrderByIdAsc(Long caseId);

  /** The accepted requests not yet answered whose answer is due by {@code horizon}. */
  List<ReviewRequest> findByAcceptedTrueAndAnsweredAtIsNullAndAnswerDueAtLessThanEqual(Instant horizon);

  /** The accepted request of a stage, answered or not: there is at most one. */
  Optional<ReviewRequest> findFirstByCaseIdAndStageAndAcceptedTrueOrderByIdDesc(Long caseId, ReviewStage stage);
}
