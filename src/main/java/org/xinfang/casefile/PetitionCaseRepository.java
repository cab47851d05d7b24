package org.xinfang.casefile;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.xinfang.deadline.LegalLimit;

public interface PetitionCaseRepository
    extends JpaRepository<PetitionCase, Long>, JpaSpecificationExecutor<PetitionCase> {

  Optional<PetitionCase> findByCaseNumber(String caseNumber);

  boolean existsByCaseNumber(String caseNumber);

  List<PetitionCase> findByCaseNumberIn(Collection<String> caseNumbers);

  /**
   * The cases waiting in one of {@code statuses} whose {@code limit} ends by {@code horizon}: one index
   * range per limit (V16), instead of every open case.
   */
  default List<PetitionCase> findRunning(LegalLimit limit, Collection<CaseStatus> statuses, Instant horizon) {
    return switch (limit) {
      case ROUTING -> findByStatusInAndRoutingDueAtLessThanEqual(statuses, horizon);
      case ACCEPTANCE -> findByStatusInAndAcceptanceDueAtLessThanEqual(statuses, horizon);
      case REPLY -> findByStatusInAndReplyDueAtLessThanEqual(statuses, horizon);
      case OBJECTION, REVIEW_REQUEST, REVIEW, RE_REVIEW_REQUEST, RE_REVIEW ->
          throw new IllegalArgumentException("no case waits in a status that runs " + limit);
    };
  }

  List<PetitionCase> findByStatusInAndRoutingDueAtLessThanEqual(Collection<CaseStatus> statuses, Instant horizon);

  List<PetitionCase> findByStatusInAndAcceptanceDueAtLessThanEqual(Collection<CaseStatus> statuses, Instant horizon);

  List<PetitionCase> findByStatusInAndReplyDueAtLessThanEqual(Collection<CaseStatus> statuses, Instant horizon);
}
