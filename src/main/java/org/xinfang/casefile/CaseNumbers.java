package org.xinfang.casefile;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
public class CaseNumbers {

  /** A case number: {@code XF-}, the year of registration, {@code -}, five digits. */
  public static final Pattern FORMAT = Pattern.compile("XF-(\\d{4})-(\\d{5})");

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
    return format(year, lockedCounter(year).next());
  }

  /**
   * An imported case keeps the number it had; the year's counter moves past it, so no later
   * registration of that year is given the same number.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void movePast(String caseNumber) {
    Matcher number = FORMAT.matcher(caseNumber);
    if (!number.matches()) {
      throw new IllegalArgumentException("not a case number: " + caseNumber);
    }
    lockedCounter(Integer.parseInt(number.group(1))).movePast(Integer.parseInt(number.group(2)));
  }

  private CaseNumberCounter lockedCounter(int year) {
    return counters.lockYear(year).orElseGet(() -> {
      createCounter(year);
      return counters.lockYear(year).orElseThrow();
    });
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
