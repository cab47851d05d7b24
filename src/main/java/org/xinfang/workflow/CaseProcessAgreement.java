package org.xinfang.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.workflow.CaseProcess.Waiting;

/**
 * Compares a case record's status with where its processes stand: an open case waits in a user
 * task its status names, of the process its status belongs to (the petition, its review or its
 * re-review); a finished case has none of them running. Supervisions run beside them and are not
 * compared. An imported case (历史数据导入) is finished and never had a process: none is expected of it.
 */
@Component
public class CaseProcessAgreement {

  private final RuntimeService runtime;
  /** Each open status, with the process that carries the case in it and the tasks it may wait in. */
  private final Map<CaseStatus, Waiting> waiting;
  /** The processes compared: those that carry a status. */
  private final String[] caseProcesses;

  CaseProcessAgreement(RuntimeService runtime, List<CaseProcess> processes) {
    this.runtime = runtime;
    this.waiting = processes.stream()
        .flatMap(process -> process.carries().entrySet().stream())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    this.caseProcesses = waiting.values().stream().map(Waiting::processKey).distinct().toArray(String[]::new);
  }

  /** Empty when record and process agree; otherwise what disagrees, in words. */
  public Optional<String> disagreement(PetitionCase petitionCase) {
    List<ProcessInstance> running = runtime.createProcessInstanceQuery()
        .processDefinitionKeyIn(caseProcesses)
        .processInstanceBusinessKey(petitionCase.getCaseNumber())
        .list();
    CaseStatus status = petitionCase.getStatus();
    String caseIs = petitionCase.getCaseNumber() + " is " + status;
    if (status.isFinished()) {
      return running.isEmpty() ? Optional.empty() : Optional.of(caseIs + " but a process of it still runs");
    }
    Waiting waits = waiting.get(status);
    List<ProcessInstance> expected = running.stream()
        .filter(instance -> instance.getProcessDefinitionId().startsWith(waits.processKey() + ":"))
        .toList();
    if (running.size() != 1 || expected.size() != 1) {
      return Optional.of(caseIs + " but " + running.size() + " processes of it run, expected one " + waits.processKey());
    }
    List<String> waitingTasks = runtime.getActiveActivityIds(expected.get(0).getId()).stream()
        .filter(id -> id.startsWith("Task_")).toList();
    if (waitingTasks.size() != 1 || !waits.tasks().contains(waitingTasks.get(0))) {
      return Optional.of(caseIs + " but its process waits in " + waitingTasks);
    }
    return Optional.empty();
  }
}
