package org.xinfang.supervision;

import java.util.Date;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.LimitMover;
import org.xinfang.deadline.RunningLimit;
import org.xinfang.supervision.SupervisionProcess.Elements;
import org.xinfang.supervision.SupervisionProcess.Variables;
import org.xinfang.workflow.TimerMoves;
import org.xinfang.workflow.TimerMoves.Deadline;

/**
 * Moves a supervision notice's deadline still running when a holiday schedule loaded or corrected
 * later counts it to another day: its timer, the notice task's dates and the case's timeline. Once
 * the notice is out, or its lateness reported, nothing is left to move.
 */
@Component
class SupervisionNoticeMoves implements LimitMover {

  private static final Deadline NOTICE = new Deadline(Elements.NOTICE_DEADLINE, Variables.NOTICE_DUE_DATE,
      Elements.ISSUE_NOTICE, SupervisionLimits.NOTICE_LABEL);

  private final TimerMoves timers;
  private final PetitionCaseRepository cases;
  private final CaseTimeline timeline;

  SupervisionNoticeMoves(TimerMoves timers, PetitionCaseRepository cases, CaseTimeline timeline) {
    this.timers = timers;
    this.cases = cases;
    this.timeline = timeline;
  }

  @Override
  public String owner() {
    return SupervisionLimits.OWNER;
  }

  @Override
  public Outcome move(RunningLimit limit, DueDate recounted, String reason) {
    return timers.move(SupervisionLimits.processOf(limit.key()), NOTICE, Date.from(recounted.dueAt()))
        .map(before -> {
          timeline.record(cases.findById(limit.caseId()).orElseThrow(), EventType.LIMIT_MOVED,
              LimitMover.moved(SupervisionLimits.NOTICE_LABEL, before.toInstant(), recounted, reason,
                  "《信访工作条例》第三十九条"));
          return Outcome.MOVED;
        })
        .orElse(Outcome.ENDED);
  }
}
