package org.xinfang.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.review.ReviewProcess;
import org.xinfang.workflow.PetitionProcess.Elements;

/**
 * Compares a case record's status with where its processes stand: an open case waits in a user
 * task its status names, of the process its status belongs to (the petition, its review or its
 * re-review); a finished case has none of them running. Supervisions run beside them and are not
 * compared.
 */
@Component
public class CaseProcessAgreement {

  /** The process an open status belongs to, and the user tasks it may wait in. */
  record Waiting(String processKey, Set<String> tasks) {

    static Waiting petition(String task) {
      return new Waiting(PetitionProcess.KEY, Set.of(task));
    }
  }

  static final Map<CaseStatus, Waiting> WAITING = Map.of(
      CaseStatus.AWAITING_ROUTING, Waiting.petition(Elements.DECIDE_ROUTING),
      CaseStatus.AWAITING_ACCEPTANCE, Waiting.petition(Elements.ACCEPT_ITEM),
      CaseStatus.IN_HANDLING, Waiting.petition(Elements.HANDLE_CASE),
      CaseStatus.EXTENSION_PENDING, Waiting.petition(Elements.APPROVE_EXTENSION),
      CaseStatus.REPLY_PENDING_APPROVAL, Waiting.petition(Elements.APPROVE_REPLY),
      CaseStatus.REPORT_PENDING_REVIEW, Waiting.petition(Elements.REVIEW_REPORT),
      CaseStatus.UNDER_REVIEW, new Waiting(ReviewProcess.REVIEW_KEY, Set.of(ReviewProcess.Elements.ANSWER_REVIEW)),
      CaseStatus.UNDER_RE_REVIEW, new Waiting(ReviewProcess.RE_REVIEW_KEY,
          Set.of(ReviewProcess.Elements.ANSWER_RE_REVIEW, ReviewProcess.Elements.HOLD_HEARING)));

  private static final String[] CASE_PROCESSES = {PetitionProcess.KEY, ReviewProcess.REVIEW_KEY, ReviewProcess.RE_REVIEW_KEY};

  private final RuntimeService runtime;

  CaseProcessAgreement(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Empty when record and process agree; otherwise what disagrees, in words. */
  public Optional<String> disagreement(PetitionCase petitionCase) {
    List<ProcessInstance> running = runtime.createProcessInstanceQuery()
        .processDefinitionKeyIn(CASE_PROCESSES)
        .processInstanceBusinessKey(petitionCase.getCaseNumber())
        .list();
    CaseStatus status = petitionCase.getStatus();
    String caseIs = petitionCase.getCaseNumber() + " is " + status;
    if (status.isFinished()) {
      return running.isEmpty() ? Optional.empty() : Optional.of(caseIs + " but a process of it still runs");
    }
    Waiting waiting = WAITING.get(status);
    List<ProcessInstance> expected = running.stream()
        .filter(instance -> instance.getProcessDefinitionId().startsWith(waiting.processKey() + ":"))
        .toList();
    if (running.size() != 1 || expected.size() != 1) {
      return Optional.of(caseIs + " but " + running.size() + " processes of it run, expected one " + waiting.processKey());
    }
    List<String> waitingTasks = runtime.getActiveActivityIds(expected.get(0).getId()).stream()
        .filter(id -> id.startsWith("Task_")).toList();
    if (waitingTasks.size() != 1 || !waiting.tasks().contains(waitingTasks.get(0))) {
      return Optional.of(caseIs + " but its process waits in " + waitingTasks);
    }
    return Optional.empty();
  }
}
