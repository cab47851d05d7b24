package org.xinfang.instruction;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeaderInstructionRepository extends JpaRepository<LeaderInstruction, Long> {

  List<LeaderInstruction> findByCaseIdOrderByIdAsc(Long caseId);

  /** The instructions in {@code status} due by {@code horizon}. */
  List<LeaderInstruction> findByStatusAndDueAtLessThanEqual(InstructionStatus status, Instant horizon);
}
