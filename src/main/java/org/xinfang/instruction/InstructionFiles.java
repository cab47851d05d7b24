package org.xinfang.instruction;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.workflow.CaseFiles;

/** The instruction an instruction process carries out, and its case. */
@Component
class InstructionFiles {

  private final LeaderInstructionRepository instructions;
  private final CaseFiles caseFiles;

  InstructionFiles(LeaderInstructionRepository instructions, CaseFiles caseFiles) {
    this.instructions = instructions;
    this.caseFiles = caseFiles;
  }

  /** The instruction of this process, which must be one on the case its business key names. */
  LeaderInstruction instructionOf(VariableScope scope) {
    Object id = scope.getVariable(InstructionProcess.Variables.INSTRUCTION_ID);
    if (!(id instanceof Number instructionId)) {
      throw new IllegalStateException("process has no instruction id");
    }
    LeaderInstruction instruction = instructions.findById(instructionId.longValue())
        .orElseThrow(() -> new IllegalStateException("no instruction " + id));
    if (!instruction.getCaseId().equals(caseOf(scope).getId())) {
      throw new IllegalStateException("instruction " + id + " is not on the case of this process");
    }
    return instruction;
  }

  PetitionCase caseOf(VariableScope scope) {
    return caseFiles.of(scope);
  }
}
