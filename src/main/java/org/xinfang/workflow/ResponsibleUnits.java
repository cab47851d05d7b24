package org.xinfang.workflow;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.organization.Unit;
import org.xinfang.organization.UnitRepository;
import org.xinfang.security.ProcessReaders;

/**
 * The unit a case record names as responsible: its handlers accept and handle the item, its
 * leaders approve the extension and sign the reply (Art. 34), and while it is responsible its staff
 * read the process. Called from the model as {@code ${responsibleUnits.handlers(execution)}}.
 */
@Component
public class ResponsibleUnits {

  private final CaseFiles caseFiles;
  private final UnitRepository units;
  private final ProcessReaders readers;

  ResponsibleUnits(CaseFiles caseFiles, UnitRepository units, ProcessReaders readers) {
    this.caseFiles = caseFiles;
    this.units = units;
    this.readers = readers;
  }

  /** Candidates of the tasks the unit's handlers do. */
  public List<String> handlers(VariableScope execution) {
    return List.of(of(caseFiles.of(execution)).handlersGroup());
  }

  /** Candidates of the tasks the unit's leaders do. */
  public List<String> leaders(VariableScope execution) {
    return List.of(of(caseFiles.of(execution)).leadersGroup());
  }

  /** The unit the record names; a case in a unit's hands always names one. */
  Unit of(PetitionCase petitionCase) {
    String code = petitionCase.getResponsibleUnitCode();
    return units.findById(code == null ? "" : code)
        .orElseThrow(() -> new IllegalStateException("case " + petitionCase.getCaseNumber() + " has no responsible unit"));
  }

  /** The unit a routing decision chose, which must exist and be active. */
  Unit chosen(String code) {
    return units.findById(code).filter(Unit::isActive)
        .orElseThrow(() -> new InvalidStepInput("责任单位", "单位“" + code + "”不存在或已停用"));
  }

  /** The unit now responsible reads the process. */
  void letRead(String processInstanceId, Unit unit) {
    readers.grant(processInstanceId, unit.handlersGroup(), unit.leadersGroup());
  }

  /** The item is no longer the unit's: its staff no longer see the process. */
  void stopReading(String processInstanceId, Unit unit) {
    readers.revoke(processInstanceId, unit.handlersGroup(), unit.leadersGroup());
  }
}
