package org.xinfang.casefile;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.xinfang.deadline.LegalLimit;

public interface PetitionCaseRepository
    extends JpaRepository<PetitionCase, Long>, JpaSpecificationExecutor<PetitionCase> {

  Optional<PetitionCase> findByCaseNumber(String caseNumber);

  boolean existsByCaseNumber(String caseNumber);

  List<PetitionCase> findByCaseNumberIn(Collection<String> caseNumbers);

  /** A number of cases in one status. */
  interface StatusCount {
    CaseStatus getStatus();

    long getCases();
  }

  /** A number of cases of one responsible unit; none yet: the petition room acts. */
  interface UnitCount {
    String getUnitCode();

    long getCases();
  }

  /** How many cases stand in each of {@code statuses}: counted on the index on status, closed cases unread. */
  @Query("select c.status as status, count(c) as cases from PetitionCase c where c.status in :statuses group by c.status")
  List<StatusCount> countByStatusIn(@Param("statuses") Collection<CaseStatus> statuses);

  /**
   * The open cases whose running legal limit passed before {@code now}, by responsible unit: the cases
   * the supervisors' list shows as overdue. Each limit's due date is a column of its own, hence one
   * condition per limit.
   */
  default List<UnitCount> countOverdueByUnit(Instant now) {
    Map<LegalLimit, List<CaseStatus>> running = CaseStatus.byRunningLimit();
    if (!Set.of(LegalLimit.ROUTING, LegalLimit.ACCEPTANCE, LegalLimit.REPLY).containsAll(running.keySet())) {
      throw new IllegalStateException("a status runs a limit this count has no due-date column for: " + running.keySet());
    }
    return countPassedLimitsByUnit(running.get(LegalLimit.ROUTING), running.get(LegalLimit.ACCEPTANCE),
        running.get(LegalLimit.REPLY), now);
  }

  @Query("""
      select c.responsibleUnitCode as unitCode, count(c) as cases from PetitionCase c
       where (c.status in :routing and c.routingDueAt < :now)
          or (c.status in :acceptance and c.acceptanceDueAt < :now)
          or (c.status in :reply and c.replyDueAt < :now)
       group by c.responsibleUnitCode""")
  List<UnitCount> countPassedLimitsByUnit(@Param("routing") Collection<CaseStatus> routing,
      @Param("acceptance") Collection<CaseStatus> acceptance, @Param("reply") Collection<CaseStatus> reply,
      @Param("now") Instant now);

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
