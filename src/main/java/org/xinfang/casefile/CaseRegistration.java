package org.xinfang.casefile;

import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.notification.Notifications;
import org.xinfang.notification.PetitionerNotices;
import org.xinfang.workflow.EngineClock;
import org.xinfang.workflow.PetitionProcess;
import org.xinfang.workflow.SystemAuthority;

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
  private final SystemAuthority system;

  CaseRegistration(PetitionCaseRepository cases, CaseNumbers numbers, CaseTimeline timeline,
      Notifications notifications, RuntimeService runtime, Actors actors, SystemAuthority system) {
    this.system = system;
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
    PetitionCase petitionCase = new PetitionCase(numbers.next(now), intake, now, actors.current(), queryCode);
    if (intake.repeatOf() != null) {
      petitionCase.repeats(cases.findByCaseNumber(intake.repeatOf())
          .orElseThrow(() -> new CaseNotFoundException(intake.repeatOf())));
    }
    petitionCase = cases.save(petitionCase);
    timeline.record(petitionCase, EventType.REGISTERED,
        "登记信访事项（" + intake.channel().label() + "）：" + intake.title() + repeatNote(petitionCase));
    Map<String, Object> variables = Variables.createVariables()
        .putValue(PetitionProcess.Variables.CASE_NUMBER, petitionCase.getCaseNumber())
        .putValue(PetitionProcess.Variables.CASE_TITLE, petitionCase.getTitle())
        .putValue(PetitionProcess.Variables.CASE_CLASS, petitionCase.getCaseClass().name());
    String caseNumber = petitionCase.getCaseNumber();
    String processInstanceId = system.run(() ->
        runtime.startProcessInstanceByKey(PetitionProcess.KEY, caseNumber, variables).getId());
    // after the process started: the notice names the routing limit its timer has just set
    notifications.toPetitioners(petitionCase, CaseTimeline.TaskRef.NONE,
        PetitionerNotices.registration(petitionCase));
    return new Registered(petitionCase, queryCode, processInstanceId);
  }

  private static String repeatNote(PetitionCase petitionCase) {
    PetitionCase earlier = petitionCase.getRepeatOf();
    if (earlier == null) {
      return "";
    }
    return "。重复信访，原事项" + earlier.getCaseNumber() + "（" + earlier.getStatus().label() + "）"
        + (petitionCase.isRepeatWhileOpen() ? "尚在办理中（《信访工作条例》第十九条第三款）" : "");
  }
}
