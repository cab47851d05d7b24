package org.xinfang.workflow;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casefile.CaseIntake;
import org.xinfang.casefile.CaseRecords;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.notification.Notifications;
import org.xinfang.notification.PetitionerNotices;

/**
 * Registers a petition: the case record, its first timeline entry, its process and the
 * registration notice with the query code, in one transaction. The case number is the process's
 * business key, so Cockpit and Tasklist find it.
 */
@Service
public class CaseRegistration {

  /** A registered case and the query code to print on the petitioner's notice. */
  public record Registered(PetitionCase petitionCase, String queryCode, String processInstanceId) {}

  private final CaseRecords records;
  private final Notifications notifications;
  private final RuntimeService runtime;
  private final SystemAuthority system;

  CaseRegistration(CaseRecords records, Notifications notifications, RuntimeService runtime, SystemAuthority system) {
    this.records = records;
    this.notifications = notifications;
    this.runtime = runtime;
    this.system = system;
  }

  @Transactional
  public Registered register(CaseIntake intake) {
    CaseRecords.Opened opened = records.open(intake);
    PetitionCase petitionCase = opened.petitionCase();
    Map<String, Object> variables = Variables.createVariables()
        .putValue(PetitionProcess.Variables.CASE_NUMBER, petitionCase.getCaseNumber())
        .putValue(PetitionProcess.Variables.CASE_TITLE, petitionCase.getTitle())
        .putValue(PetitionProcess.Variables.CASE_CLASS, petitionCase.getCaseClass().name());
    String processInstanceId = system.run(() ->
        runtime.startProcessInstanceByKey(PetitionProcess.KEY, petitionCase.getCaseNumber(), variables).getId());
    // after the process started: the notice names the routing limit its timer has just set
    notifications.toPetitioners(petitionCase, CaseTimeline.TaskRef.NONE, PetitionerNotices.registration(petitionCase));
    return new Registered(petitionCase, opened.queryCode(), processInstanceId);
  }
}
