package org.xinfang.casefile;

import java.time.Instant;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.deadline.ChinaTime;

/**
 * Hands out case numbers such as {@code XF-2026-00042}: unique per year, in order of registration.
 * The year's counter row is locked for the rest of the registering transaction, which keeps the
 * numbers unique across cluster nodes sharing one database.
 */
@Component
class CaseNumbers {

  private final CaseNumberCounterRepository counters;
  private final TransactionTemplate separateTransaction;

  CaseNumbers(CaseNumberCounterRepository counters, PlatformTransactionManager transactions) {
    this.counters = counters;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(Instant registeredAt) {
    int year = ChinaTime.dayOf(registeredAt).getYear();
    CaseNumberCounter counter = counters.lockYear(year).orElseGet(() -> {
      createCounter(year);
      return counters.lockYear(year).orElseThrow();
    });
    return format(year, counter.next());
  }

  static String format(int year, int sequence) {
    return String.format("XF-%d-%05d", year, sequence);
  }

  /** The first registration of a year creates its counter; a concurrent node may win that race. */
  private void createCounter(int year) {
    try {
      separateTransaction.executeWithoutResult(status -> counters.saveAndFlush(new CaseNumberCounter(year)));
    } catch (DataIntegrityViolationException alreadyCreated) {
      // another node created it first: its row is just as good
    }
  }
}
