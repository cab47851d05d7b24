package org.xinfang.casefile;

import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.workflow.EngineClock;
import org.xinfang.workflow.PetitionProcess;

/**
 * Registers a petition: the case record, its first timeline entry and its process, in one
 * transaction. The case number is the process's business key, so Cockpit and Tasklist find it.
 */
@Service
public class CaseRegistration {

  /** A registered case and the query code to print on the petitioner's notice. */
  public record Registered(PetitionCase petitionCase, String queryCode, String processInstanceId) {}

  private final PetitionCaseRepository cases;
  private final CaseNumbers numbers;
  private final CaseTimeline timeline;
  private final RuntimeService runtime;
  private final Actors actors;

  CaseRegistration(PetitionCaseRepository cases, CaseNumbers numbers, CaseTimeline timeline,
      RuntimeService runtime, Actors actors) {
    this.cases = cases;
    this.numbers = numbers;
    this.timeline = timeline;
    this.runtime = runtime;
    this.actors = actors;
  }

  @Transactional
  public Registered register(CaseIntake intake) {
    Instant now = EngineClock.now();
    String queryCode = QueryCodes.newCode();
    PetitionCase petitionCase = cases.save(new PetitionCase(numbers.next(now), intake, now,
        actors.current(), QueryCodes.hash(queryCode)));
    timeline.record(petitionCase, EventType.REGISTERED,
        "登记信访事项（" + intake.channel().label() + "）：" + intake.title());
    Map<String, Object> variables = Variables.createVariables()
        .putValue(PetitionProcess.Variables.CASE_ID, petitionCase.getId())
        .putValue(PetitionProcess.Variables.CASE_NUMBER, petitionCase.getCaseNumber())
        .putValue(PetitionProcess.Variables.CASE_TITLE, petitionCase.getTitle())
        .putValue(PetitionProcess.Variables.CASE_CLASS, petitionCase.getCaseClass().name());
    String processInstanceId = runtime
        .startProcessInstanceByKey(PetitionProcess.KEY, petitionCase.getCaseNumber(), variables)
        .getId();
    return new Registered(petitionCase, queryCode, processInstanceId);
  }
}
