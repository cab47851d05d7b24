package org.xinfang.imports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.audit.AuditLog;
import org.xinfang.casefile.Actors;
import org.xinfang.casefile.ImportedCases;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.Counting;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.EngineClock;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.duedate.ModelLimits;
import org.xinfang.organization.UnitRepository;
import org.xinfang.rating.SatisfactionRatings;
import org.xinfang.review.ImportedReviews;

/**
 * 历史数据导入: a file of closed cases is checked whole, and imported whole in one transaction, or
 * not at all. A dry run checks only. The import is one entry of the audit log with its counts and
 * case numbers; each case's timeline, and with it the audit log, names the file.
 */
@Service
public class CaseImport {

  /** The audit action of an import. */
  static final String AUDIT_ACTION = "CASES_IMPORTED";
  /** Rows written between two flushes of the persistence context, which otherwise grows with the file. */
  private static final int BATCH = 100;

  @PersistenceContext
  private EntityManager entities;

  private final PetitionCaseRepository cases;
  private final UnitRepository units;
  private final ImportedCases imported;
  private final ImportedReviews reviews;
  private final SatisfactionRatings ratings;
  private final ImportLimits limits;
  private final AuditLog audit;
  private final Actors actors;

  CaseImport(PetitionCaseRepository cases, UnitRepository units, ImportedCases imported, ImportedReviews reviews,
      SatisfactionRatings ratings, ImportLimits limits, AuditLog audit, Actors actors) {
    this.cases = cases;
    this.units = units;
    this.imported = imported;
    this.reviews = reviews;
    this.ratings = ratings;
    this.limits = limits;
    this.audit = audit;
    this.actors = actors;
  }

  @Transactional
  public ImportResult importFile(String fileName, byte[] bytes, boolean dryRun) {
    SourceFile file = SourceLines.read(fileName, bytes);
    Map<LegalLimit, ModelLimits.Length> lengths = limits.lengths();
    CaseRows.Checked checked = CaseRows.check(file, known(lengths));
    List<String> numbers = checked.rows().stream().map(row -> row.history().caseNumber()).toList();
    if (dryRun) {
      return new ImportResult(true, numbers.size(), checked.unchanged().size(), numbers);
    }
    int written = 0;
    for (ImportRow row : checked.rows()) {
      PetitionCase petitionCase = imported.open(row.history(), "文件" + fileName + "第" + row.line() + "行");
      if (row.rating() != null) {
        ratings.imported(petitionCase, row.rating().department(), row.rating().unit(), row.rating().ratedAt());
      }
      if (row.review() != null) {
        reviews.record(petitionCase, row.review().requestedOn(), row.review().answeredAt(),
            lengths.get(LegalLimit.REVIEW_REQUEST).days(), lengths.get(LegalLimit.REVIEW).days());
      }
      if (++written % BATCH == 0) {
        entities.flush();
        entities.clear();
      }
    }
    audit.record(actors.current(), AUDIT_ACTION, null, ImportResult.auditDetail(fileName, numbers,
        checked.unchanged().size()));
    return new ImportResult(false, numbers.size(), checked.unchanged().size(), numbers);
  }

  private Known known(Map<LegalLimit, ModelLimits.Length> lengths) {
    LocalDate today = ChinaTime.dayOf(EngineClock.now());
    DueDateCalculator calculator = limits.calculator();
    return new Known() {
      @Override public LocalDate today() { return today; }
      @Override public boolean unitExists(String code) { return units.existsById(code); }
      @Override public Optional<ExistingCase> existing(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).map(c -> {
          entities.detach(c); // only read: a re-imported file does not fill the persistence context
          return new ExistingCase(c.isImported(), c.getImportFingerprint(), c.getRegisteredAt(), c.getClosedAt());
        });
      }
      @Override public Instant dueAt(LegalLimit limit, Instant from) {
        ModelLimits.Length length = lengths.get(limit);
        return length.counting() == Counting.WORKING_DAYS
            ? calculator.afterWorkingDays(from, length.days()) : calculator.afterDays(from, length.days());
      }
      @Override public Instant afterDays(Instant from, int days) { return calculator.afterDays(from, days); }
      @Override public Instant ratingWindowEndsAt(Instant repliedAt) { return ratings.windowEndsAt(repliedAt); }
      @Override public LocalDate reviewWindowLastDay(LocalDate repliedOn) {
        return reviews.windowLastDay(repliedOn, lengths.get(LegalLimit.REVIEW_REQUEST).days());
      }
    };
  }
}
