package org.xinfang.supervision;

import java.time.Instant;
import java.util.List;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.web.Coded;

/**
 * Deadlines other than the petition's own limits that supervisors watch as well: a review's answer,
 * a leader's instruction. Each feature that sets such a deadline lists its open ones.
 */
public interface WatchedDeadlines {

  /** An open deadline of a case: who must act, which deadline, when it ends. */
  record Deadline(PetitionCase petitionCase, Coded actor, Coded limit, Instant dueAt) {}

  /** The open deadlines that end no later than {@code horizon}, passed ones included. */
  List<Deadline> endingBy(Instant horizon);
}
