package org.xinfang.matching;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.Petitioner;

/**
 * Finds the cases of the given classes whose petitioners share an ID number, a phone or a name with
 * a new petition's, each through its own index; the latest cases first.
 */
interface EarlierPetitioners extends Repository<Petitioner, Long> {

  @Query("select distinct p.petitionCase.id from Petitioner p where p.idNumber in :idNumbers"
      + " and p.petitionCase.caseClass in :classes order by p.petitionCase.id desc")
  List<Long> casesByIdNumber(Collection<String> idNumbers, Collection<CaseClass> classes, Pageable limit);

  @Query("select distinct p.petitionCase.id from Petitioner p where p.phone in :phones"
      + " and p.petitionCase.caseClass in :classes order by p.petitionCase.id desc")
  List<Long> casesByPhone(Collection<String> phones, Collection<CaseClass> classes, Pageable limit);

  @Query("select distinct p.petitionCase.id from Petitioner p where p.name in :names"
      + " and p.petitionCase.caseClass in :classes order by p.petitionCase.id desc")
  List<Long> casesByName(Collection<String> names, Collection<CaseClass> classes, Pageable limit);
}
