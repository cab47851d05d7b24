package org.xinfang.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRequestRepository extends JpaRepository<ReviewRequest, Long> {

  List<ReviewRequest> findByCaseIdOrderByIdAsc(Long caseId);

  /** The accepted request of a stage, answered or not: there is at most one. */
  Optional<ReviewRequest> findFirstByCaseIdAndStageAndAcceptedTrueOrderByIdDesc(Long caseId, ReviewStage stage);
}
