package org.xinfang.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.Counting;
import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.deadline.RunningLimits;
import org.xinfang.duedate.ModelLimits;

/**
 * The petition's limits that began before their starts were kept (V15) get the row a recount needs,
 * at start, once: where each began, taken from the case record, and its length from the model (an
 * assigned item's own days). A row is written only when counting it again gives the very due date
 * the case holds; a limit that does not agree is left as it is and named in the log, rather than
 * guessed. On several nodes at once the same rows are written, which changes nothing.
 */
@Component
class RunningLimitBackfill implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(RunningLimitBackfill.class);
  private static final int CHUNK = 500;

  private final JdbcClient jdbc;
  private final PetitionCaseRepository cases;
  private final RunningLimits running;
  private final DueDateCalculator calculator;
  private final ModelLimits modelLimits;
  private final TransactionTemplate transactions;

  RunningLimitBackfill(JdbcClient jdbc, PetitionCaseRepository cases, RunningLimits running,
      DueDateCalculator calculator, ModelLimits modelLimits, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.running = running;
    this.calculator = calculator;
    this.modelLimits = modelLimits;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @Override
  public void run(ApplicationArguments arguments) {
    List<Long> missing = jdbc.sql("""
            select c.id from petition_case c
            where c.status in (:waiting) and not c.imported
              and not exists (select 1 from running_limit r where r.case_id = c.id and r.owner = :owner)
            """)
        .param("waiting", CaseStatus.byRunningLimit().values().stream().flatMap(List::stream)
            .map(CaseStatus::name).toList())
        .param("owner", LegalLimits.OWNER)
        .query(Long.class)
        .list();
    int written = 0;
    // a transaction per chunk: an installation upgraded with many open cases never holds them all at once
    for (int from = 0; from < missing.size(); from += CHUNK) {
      List<Long> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
      written += transactions.execute(status -> {
        int kept = 0;
        for (PetitionCase petitionCase : cases.findAllById(chunk)) {
          for (LegalLimit limit : runningOn(petitionCase)) {
            kept += keep(petitionCase, limit) ? 1 : 0;
          }
        }
        return kept;
      });
    }
    if (!missing.isEmpty()) {
      log.info("Kept where {} running limits of {} cases began, so that a holiday schedule loaded later moves them",
          written, missing.size());
    }
  }

  /** The limits of the case that may still run: the step's own, and the objection window beside acceptance. */
  private static List<LegalLimit> runningOn(PetitionCase petitionCase) {
    List<LegalLimit> limits = new ArrayList<>();
    LegalLimit own = petitionCase.getStatus().runningLimit();
    if (own != null) {
      limits.add(own);
    }
    if (own == LegalLimit.ACCEPTANCE && petitionCase.dueAt(LegalLimit.OBJECTION) != null) {
      limits.add(LegalLimit.OBJECTION);
    }
    return limits;
  }

  private boolean keep(PetitionCase petitionCase, LegalLimit limit) {
    Instant dueAt = petitionCase.dueAt(limit);
    Instant began = switch (limit) {
      case ROUTING -> petitionCase.getRegisteredAt();
      case ACCEPTANCE, OBJECTION -> petitionCase.getDecidedAt();
      case REPLY -> petitionCase.getUnitAcceptedAt();
      default -> null;
    };
    if (dueAt == null || began == null) {
      return false;
    }
    boolean assigned = limit == LegalLimit.REPLY && petitionCase.getRoutingDecision() == RoutingDecision.ASSIGN;
    ModelLimits.Length length = modelLimits.of(limit);
    int days = assigned ? petitionCase.getAssignmentDays() : length.days();
    Counting counting = assigned ? Counting.CALENDAR_DAYS : length.counting();
    DueDate counted = calculator.count(ChinaTime.dayOf(began), days, counting);
    Integer extension = limit == LegalLimit.REPLY ? petitionCase.getExtensionDays() : null;
    LocalDate lastDay = extension == null ? counted.lastDay() : calculator.countDays(counted.lastDay(), extension).lastDay();
    if (!lastDay.equals(ChinaTime.dayOf(dueAt))) {
      log.warn("The {} limit of case {} ends on {}, but counts to {} from its start: left as it is",
          limit, petitionCase.getCaseNumber(), ChinaTime.dayOf(dueAt), lastDay);
      return false;
    }
    running.started(petitionCase.getId(), LegalLimits.OWNER, limit.name(), counted);
    if (extension != null) {
      running.extended(petitionCase.getId(), LegalLimits.OWNER, limit.name(), extension, lastDay);
    }
    return true;
  }
}
