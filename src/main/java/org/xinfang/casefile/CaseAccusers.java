package org.xinfang.casefile;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.xinfang.audit.AccuserSecrecy;
import org.xinfang.casefile.CaseAccess.Viewer;

/** Tells the audit log which accusers its reader may not know, by the case API's own rule ({@link Viewer#seesAccuser}). */
@Component
class CaseAccusers implements AccuserSecrecy {

  private final PetitionCaseRepository cases;
  private final CaseAccess access;

  CaseAccusers(PetitionCaseRepository cases, CaseAccess access) {
    this.cases = cases;
    this.access = access;
  }

  @Override
  public Set<String> withheldFromReader(Set<String> caseNumbers) {
    Viewer reader = access.viewer();
    return cases.findByCaseNumberIn(caseNumbers).stream()
        .filter(petitionCase -> !reader.seesAccuser(petitionCase))
        .map(PetitionCase::getCaseNumber)
        .collect(Collectors.toSet());
  }
}
