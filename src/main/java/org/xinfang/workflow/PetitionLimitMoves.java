package org.xinfang.workflow;

import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.EngineClock;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.deadline.LimitMover;
import org.xinfang.deadline.RunningLimit;

/**
 * Moves the petition's limits (routing, acceptance, objection window, reply) when a holiday schedule
 * loaded or corrected later counts them to another day: the record, the timeline, the engine
 * ({@link LimitTimers}). A limit that passed while its step is still awaited, and is not due after
 * all, is reopened: the overdue mark withdrawn, its timer armed again, and {@link LimitReopened}
 * told to the supervision it started.
 */
@Component
class PetitionLimitMoves implements LimitMover {

  private final PetitionCaseRepository cases;
  private final LimitTimers timers;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;

  PetitionLimitMoves(PetitionCaseRepository cases, LimitTimers timers, CaseTimeline timeline,
      ApplicationEventPublisher events) {
    this.cases = cases;
    this.timers = timers;
    this.timeline = timeline;
    this.events = events;
  }

  @Override
  public String owner() {
    return LegalLimits.OWNER;
  }

  @Override
  public Outcome move(RunningLimit running, DueDate recounted, String reason) {
    LegalLimit limit = LegalLimit.valueOf(running.key());
    Optional<PetitionCase> found = cases.findById(running.caseId());
    Optional<String> process = found.flatMap(petitionCase -> timers.processOf(petitionCase.getCaseNumber()));
    if (process.isEmpty() || found.get().dueAt(limit) == null) {
      return Outcome.ENDED;
    }
    PetitionCase petitionCase = found.get();
    String processId = process.get();
    Instant oldDue = petitionCase.dueAt(limit);
    Instant newDue = recounted.dueAt();
    boolean timerWaits = timers.running(processId, limit);
    if (!timerWaits && !petitionCase.limitMissedWhileWaiting(limit)) {
      return Outcome.ENDED;
    }
    timeline.record(petitionCase, EventType.LIMIT_MOVED,
        LimitMover.moved(limit.label(), oldDue, recounted, reason, limit.article()));
    if (timerWaits || !newDue.isAfter(EngineClock.now())) {
      petitionCase.limitMoved(limit, newDue);
      timers.move(processId, limit, newDue);
      return Outcome.MOVED;
    }
    petitionCase.limitReopened(limit, newDue);
    timeline.record(petitionCase, EventType.LIMIT_REOPENED, LimitMover.reopened(limit.label(), newDue));
    timers.reenter(processId, limit, newDue);
    events.publishEvent(new LimitReopened(petitionCase, limit, reason));
    return Outcome.REOPENED;
  }
}
