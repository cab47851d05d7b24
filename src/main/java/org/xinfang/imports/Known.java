package org.xinfang.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.xinfang.deadline.LegalLimit;

/** What the checks of an import file ask of the system: the day, the units, the cases there are, the limits. */
interface Known {

  /** A case already in the system, as an imported row is compared with it. */
  record ExistingCase(boolean imported, String fingerprint, Instant registeredAt, Instant closedAt) {}

  LocalDate today();

  boolean unitExists(String code);

  Optional<ExistingCase> existing(String caseNumber);

  /** The due date of {@code limit} for an event at {@code from}, with the length the deployed model sets. */
  Instant dueAt(LegalLimit limit, Instant from);

  /** The end of a period of {@code days} calendar days after {@code from} (an assignment, an extension). */
  Instant afterDays(Instant from, int days);

  Instant ratingWindowEndsAt(Instant repliedAt);

  LocalDate reviewWindowLastDay(LocalDate repliedOn);
}
