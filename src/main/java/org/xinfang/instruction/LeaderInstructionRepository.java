package org.xinfang.instruction;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeaderInstructionRepository extends JpaRepository<LeaderInstruction, Long> {

  List<LeaderInstruction> findByCaseIdOrderByIdAsc(Long caseId);
}
