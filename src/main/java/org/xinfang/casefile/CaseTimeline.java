package org.xinfang.casefile;

import java.util.List;
import org.springframework.stereotype.Component;
import org.xinfang.audit.AuditLog;
import org.xinfang.deadline.EngineClock;

/** Writes a case's timeline: every change of a case adds one entry, and the same line to the audit log. */
@Component
public class CaseTimeline {

  /** The task a change was made in, if any. */
  public record TaskRef(String id, String name) {
    public static final TaskRef NONE = new TaskRef(null, null);
  }

  private final CaseEventRepository events;
  private final Actors actors;
  private final AuditLog audit;

  CaseTimeline(CaseEventRepository events, Actors actors, AuditLog audit) {
    this.events = events;
    this.actors = actors;
    this.audit = audit;
  }

  public CaseEvent record(PetitionCase petitionCase, EventType type, TaskRef task, String description) {
    String actor = actors.current();
    audit.record(actor, type.name(), petitionCase.getCaseNumber(), description);
    return events.save(new CaseEvent(petitionCase.getId(), EngineClock.now(), type, actor,
        task.id(), task.name(), description));
  }

  public CaseEvent record(PetitionCase petitionCase, EventType type, String description) {
    return record(petitionCase, type, TaskRef.NONE, description);
  }

  /** A change by someone who is no user of the system, such as the petitioner ({@link Actors#PETITIONER}). */
  public CaseEvent recordAs(String actor, PetitionCase petitionCase, EventType type, String description) {
    return events.save(new CaseEvent(petitionCase.getId(), EngineClock.now(), type, actor, null, null, description));
  }

  public List<CaseEvent> of(PetitionCase petitionCase) {
    return events.findByCaseIdOrderByOccurredAtAscIdAsc(petitionCase.getId());
  }
}
