package org.xinfang.casefile;

import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.notification.Notifications;
import org.xinfang.notification.PetitionerNotices;
import org.xinfang.workflow.EngineClock;
import org.xinfang.workflow.PetitionProcess;

/**
 * Registers a petition: the case record, its first timeline entry, its process and the
 * registration notice with the query code, in one transaction. The case number is the process's
 * business key, so Cockpit and Tasklist find it.
 */
@Service
public class CaseRegistration {

  /** A registered case and the query code to print on the petitioner's notice. */
  public record Registered(PetitionCase petitionCase, String queryCode, String processInstanceId) {}

  private final PetitionCaseRepository cases;
  private final CaseNumbers numbers;
  private final CaseTimeline timeline;
  private final Notifications notifications;
  private final RuntimeService runtime;
  private final Actors actors;
  private final IdentityService identity;

  CaseRegistration(PetitionCaseRepository cases, CaseNumbers numbers, CaseTimeline timeline,
      Notifications notifications, RuntimeService runtime, Actors actors, IdentityService identity) {
    this.identity = identity;
    this.cases = cases;
    this.numbers = numbers;
    this.timeline = timeline;
    this.notifications = notifications;
    this.runtime = runtime;
    this.actors = actors;
  }

  @Transactional
  public Registered register(CaseIntake intake) {
    Instant now = EngineClock.now();
    String queryCode = QueryCodes.newCode();
    PetitionCase petitionCase = cases.save(new PetitionCase(numbers.next(now), intake, now,
        actors.current(), queryCode));
    timeline.record(petitionCase, EventType.REGISTERED,
        "登记信访事项（" + intake.channel().label() + "）：" + intake.title());
    Map<String, Object> variables = Variables.createVariables()
        .putValue(PetitionProcess.Variables.CASE_ID, petitionCase.getId())
        .putValue(PetitionProcess.Variables.CASE_NUMBER, petitionCase.getCaseNumber())
        .putValue(PetitionProcess.Variables.CASE_TITLE, petitionCase.getTitle())
        .putValue(PetitionProcess.Variables.CASE_CLASS, petitionCase.getCaseClass().name());
    String processInstanceId = startAsTheSystem(petitionCase, variables);
    // after the process started: the notice names the routing limit its timer has just set
    notifications.toPetitioners(petitionCase, CaseTimeline.TaskRef.NONE,
        PetitionerNotices.registration(petitionCase));
    return new Registered(petitionCase, queryCode, processInstanceId);
  }

  /**
   * A petition's process exists only with its case record, so no user is allowed to start one in
   * the engine (Tasklist, REST): registration starts it on the system's authority.
   */
  private String startAsTheSystem(PetitionCase petitionCase, Map<String, Object> variables) {
    var registrar = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return runtime.startProcessInstanceByKey(PetitionProcess.KEY, petitionCase.getCaseNumber(), variables).getId();
    } finally {
      if (registrar != null) {
        identity.setAuthentication(registrar);
      }
    }
  }
}
