package org.xinfang.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;

/** Finds the case record a process instance works on. */
@Component
public class CaseFiles {

  private final PetitionCaseRepository cases;

  CaseFiles(PetitionCaseRepository cases) {
    this.cases = cases;
  }

  public PetitionCase of(VariableScope scope) {
    Object id = scope.getVariable(PetitionProcess.Variables.CASE_ID);
    if (!(id instanceof Number caseId)) {
      throw new IllegalStateException("process has no case id");
    }
    return cases.findById(caseId.longValue())
        .orElseThrow(() -> new IllegalStateException("no case record " + id));
  }
}
