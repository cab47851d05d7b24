package org.xinfang.instruction;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.organization.Roles;
import org.xinfang.supervision.WatchedDeadlines;
import org.xinfang.web.Coded;

/** Leaders' instructions not yet carried out, for the supervisors' list, counted with the addressee. */
@Component
class InstructionDeadlines implements WatchedDeadlines {

  private final LeaderInstructionRepository instructions;
  private final PetitionCaseRepository cases;

  InstructionDeadlines(LeaderInstructionRepository instructions, PetitionCaseRepository cases) {
    this.instructions = instructions;
    this.cases = cases;
  }

  @Override
  public List<Deadline> endingBy(Instant horizon) {
    List<LeaderInstruction> open = instructions.findByStatusAndDueAtLessThanEqual(InstructionStatus.OPEN, horizon);
    Map<Long, PetitionCase> byId = cases.findAllById(open.stream().map(LeaderInstruction::getCaseId).toList()).stream()
        .collect(Collectors.toMap(PetitionCase::getId, Function.identity()));
    return open.stream()
        .map(instruction -> new Deadline(byId.get(instruction.getCaseId()),
            // a unit is counted under its code, as with the petition's limits; a room under its group
            new Coded(Roles.unitOf(instruction.getAddresseeGroup()).orElse(instruction.getAddresseeGroup()),
                instruction.getAddresseeName()),
            new Coded(InstructionAlerts.supervisedKey(instruction), InstructionAlerts.label(instruction)),
            instruction.getDueAt()))
        .toList();
  }
}
