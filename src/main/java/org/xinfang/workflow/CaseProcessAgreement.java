package org.xinfang.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.workflow.PetitionProcess.Elements;

/**
 * Compares a case record's status with where its process stands: an open case waits in exactly
 * the user task its status names, a finished case has no running process.
 */
@Component
public class CaseProcessAgreement {

  static final Map<CaseStatus, String> WAITING_TASK = Map.of(
      CaseStatus.AWAITING_ROUTING, Elements.DECIDE_ROUTING,
      CaseStatus.AWAITING_ACCEPTANCE, Elements.ACCEPT_ITEM,
      CaseStatus.IN_HANDLING, Elements.HANDLE_CASE,
      CaseStatus.EXTENSION_PENDING, Elements.APPROVE_EXTENSION,
      CaseStatus.REPLY_PENDING_APPROVAL, Elements.APPROVE_REPLY,
      CaseStatus.REPORT_PENDING_REVIEW, Elements.REVIEW_REPORT);

  private final RuntimeService runtime;

  CaseProcessAgreement(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Empty when record and process agree; otherwise what disagrees, in words. */
  public Optional<String> disagreement(PetitionCase petitionCase) {
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processDefinitionKey(PetitionProcess.KEY)
        .processInstanceBusinessKey(petitionCase.getCaseNumber())
        .singleResult();
    CaseStatus status = petitionCase.getStatus();
    if (status.isFinished()) {
      return instance == null ? Optional.empty()
          : Optional.of(petitionCase.getCaseNumber() + " is " + status + " but its process still runs");
    }
    if (instance == null) {
      return Optional.of(petitionCase.getCaseNumber() + " is " + status + " but has no running process");
    }
    List<String> active = runtime.getActiveActivityIds(instance.getId());
    String expected = WAITING_TASK.get(status);
    List<String> waitingTasks = active.stream().filter(id -> id.startsWith("Task_")).toList();
    if (!waitingTasks.equals(List.of(expected))) {
      return Optional.of(petitionCase.getCaseNumber() + " is " + status + " but its process waits in " + waitingTasks);
    }
    return Optional.empty();
  }
}
