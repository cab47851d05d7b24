package org.xinfang.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PetitionCaseRepository
    extends JpaRepository<PetitionCase, Long>, JpaSpecificationExecutor<PetitionCase> {

  Optional<PetitionCase> findByCaseNumber(String caseNumber);

  boolean existsByCaseNumber(String caseNumber);

  List<PetitionCase> findByCaseNumberIn(Collection<String> caseNumbers);

  List<PetitionCase> findByStatusIn(Collection<CaseStatus> statuses);
}
