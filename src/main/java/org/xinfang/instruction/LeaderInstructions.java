package org.xinfang.instruction;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.xinfang.casefile.CaseAccess;
import org.xinfang.casefile.CaseNotFoundException;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.deadline.EngineClock;
import org.xinfang.notification.Notifications;
import org.xinfang.organization.Unit;
import org.xinfang.organization.UnitRepository;
import org.xinfang.security.ProcessReaders;
import org.xinfang.web.InvalidRequestProblem;
import org.xinfang.web.InvalidRequestProblem.FieldProblem;
import org.xinfang.workflow.PetitionProcess;
import org.xinfang.workflow.SystemAuthority;

/**
 * Records a leader's instruction on a case and starts the process that tracks it, in one
 * transaction: the record, its timeline entry, its process with the deadline and the notice to the
 * addressee stand or fall together.
 */
@Service
public class LeaderInstructions {

  private final PetitionCaseRepository cases;
  private final LeaderInstructionRepository instructions;
  private final UnitRepository units;
  private final CaseTimeline timeline;
  private final Notifications notifications;
  private final RuntimeService runtime;
  private final SystemAuthority system;
  private final ProcessReaders readers;
  private final CaseAccess access;

  LeaderInstructions(PetitionCaseRepository cases, LeaderInstructionRepository instructions, UnitRepository units,
      CaseTimeline timeline, Notifications notifications, RuntimeService runtime, SystemAuthority system,
      ProcessReaders readers, CaseAccess access) {
    this.system = system;
    this.readers = readers;
    this.access = access;
    this.cases = cases;
    this.instructions = instructions;
    this.units = units;
    this.timeline = timeline;
    this.notifications = notifications;
    this.runtime = runtime;
  }

  /** A leader, given by user id and groups, instructs on a case. */
  @Transactional
  public LeaderInstruction record(String caseNumber, InstructionRequest request, String leader,
      Collection<String> leaderGroups) {
    PetitionCase petitionCase = cases.findByCaseNumber(caseNumber)
        .orElseThrow(() -> new CaseNotFoundException(caseNumber));
    LeaderRole role = LeaderRole.of(leaderGroups)
        .orElseThrow(() -> new IllegalStateException(leader + " is no leader"));
    Addressee addressee = addressee(petitionCase, request.addressee().strip());
    LeaderInstruction instruction = instructions.save(new LeaderInstruction(petitionCase.getId(), request.text().strip(),
        leader, role, addressee, request.days(), EngineClock.now()));
    timeline.record(petitionCase, EventType.INSTRUCTION_RECORDED, role.label() + "批示，交" + addressee.name() + "限"
        + request.days() + "日内落实：" + instruction.getText());
    Map<String, Object> variables = new HashMap<>();
    variables.put(PetitionProcess.Variables.CASE_NUMBER, petitionCase.getCaseNumber());
    variables.put(PetitionProcess.Variables.CASE_TITLE, petitionCase.getTitle());
    variables.put(InstructionProcess.Variables.INSTRUCTION_ID, instruction.getId());
    variables.put(InstructionProcess.Variables.INSTRUCTION_TEXT, instruction.getText());
    variables.put(InstructionProcess.Variables.INSTRUCTION_DAYS, instruction.getDays());
    variables.put(InstructionProcess.Variables.INSTRUCTED_BY, leader);
    variables.put(InstructionProcess.Variables.LEADER_LABEL, role.label());
    variables.put(InstructionProcess.Variables.ADDRESSEE_GROUP, addressee.group());
    variables.put(InstructionProcess.Variables.ADDRESSEE_NAME, addressee.name());
    variables.put(InstructionProcess.Variables.ADDRESSEE_LEADERS, addressee.leaders());
    system.run(() -> {
      String processInstanceId = runtime.createProcessInstanceByKey(InstructionProcess.KEY)
          .businessKey(petitionCase.getCaseNumber())
          .setVariables(variables)
          .execute()
          .getId();
      readers.grant(processInstanceId, addressee.group(), addressee.leaders());
      return processInstanceId;
    });
    notifications.toGroup(petitionCase, TaskRef.NONE, addressee.group(),
        InstructionNotices.instructed(petitionCase, instruction));
    return instruction;
  }

  /** A case's instructions, for a user who may see the case. */
  @Transactional(readOnly = true)
  public List<LeaderInstruction> of(String caseNumber) {
    PetitionCase petitionCase = cases.findByCaseNumber(caseNumber)
        .filter(access.viewer()::maySee)
        .orElseThrow(() -> new CaseNotFoundException(caseNumber));
    return of(petitionCase);
  }

  public List<LeaderInstruction> of(PetitionCase petitionCase) {
    return instructions.findByCaseIdOrderByIdAsc(petitionCase.getId());
  }

  /** The case's responsible unit, or one of the bureau's rooms. */
  private Addressee addressee(PetitionCase petitionCase, String code) {
    if (Addressee.ROOMS.contains(code)) {
      return Addressee.room(code);
    }
    String unitCode = petitionCase.getResponsibleUnitCode();
    if (code.equals(unitCode)) {
      Unit unit = units.findById(unitCode).filter(Unit::isActive).orElseGet(() -> invalidAddressee("单位“" + code + "”已停用"));
      return Addressee.unit(unit);
    }
    return invalidAddressee(unitCode == null
        ? "本事项尚无责任单位，只能交局内科室：petition-room（信访室）、mediation-room（调纠室）、office（办公室）"
        : "只能是本事项的责任单位" + unitCode + "，或局内科室：petition-room（信访室）、mediation-room（调纠室）、office（办公室）");
  }

  private static <T> T invalidAddressee(String reason) {
    throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
        new InvalidRequestProblem(List.of(new FieldProblem("addressee", reason))), null);
  }
}
