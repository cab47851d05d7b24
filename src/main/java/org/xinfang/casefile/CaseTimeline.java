package org.xinfang.casefile;

import java.util.List;
import org.springframework.stereotype.Component;
import org.xinfang.workflow.EngineClock;

/** Writes a case's timeline: every change of a case adds one entry. */
@Component
public class CaseTimeline {

  /** The task a change was made in, if any. */
  public record TaskRef(String id, String name) {
    public static final TaskRef NONE = new TaskRef(null, null);
  }

  private final CaseEventRepository events;
  private final Actors actors;

  CaseTimeline(CaseEventRepository events, Actors actors) {
    this.events = events;
    this.actors = actors;
  }

  public CaseEvent record(PetitionCase petitionCase, EventType type, TaskRef task, String description) {
    return events.save(new CaseEvent(petitionCase.getId(), EngineClock.now(), type, actors.current(),
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
