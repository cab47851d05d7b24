package org.xinfang.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;

/**
 * Finds the case record a process instance works on by the instance's business key, the case
 * number. The engine sets the key when the process starts and no task completion can change it,
 * unlike a variable, which any completion may write.
 */
@Component
public class CaseFiles {

  private final PetitionCaseRepository cases;

  CaseFiles(PetitionCaseRepository cases) {
    this.cases = cases;
  }

  public PetitionCase of(VariableScope scope) {
    String caseNumber = businessKey(scope);
    if (caseNumber == null) {
      throw new IllegalStateException("process has no business key");
    }
    return cases.findByCaseNumber(caseNumber)
        .orElseThrow(() -> new IllegalStateException("no case record " + caseNumber));
  }

  private static String businessKey(VariableScope scope) {
    if (scope instanceof DelegateTask task) {
      return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    }
    if (scope instanceof DelegateExecution execution) {
      return execution.getProcessBusinessKey();
    }
    throw new IllegalArgumentException("neither a task nor an execution: " + scope);
  }
}
