package org.xinfang.matching;

import java.util.List;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.RegistrationRequest;
import org.xinfang.casefile.SubjectCategory;

/** What the matching compares of a petition, new or registered: who brings it, and about what. */
record Petition(
    List<Petitioner> petitioners,
    int personCount,
    SubjectCategory subjectCategory,
    String placeUnitCode,
    String title,
    String content) {

  static Petition of(PetitionCase petitionCase) {
    return new Petition(petitionCase.getPetitioners(), petitionCase.getPersonCount(),
        petitionCase.getSubjectCategory(), petitionCase.getPlaceUnitCode(), petitionCase.getTitle(),
        petitionCase.getContent());
  }

  /** A registration not yet saved: its petitioners as the registrar entered them. */
  static Petition of(RegistrationRequest registration) {
    List<Petitioner> people = people(registration.petitioners());
    return new Petition(people, registration.personCount() == null ? people.size() : registration.personCount(),
        registration.subjectCategory(), registration.placeUnitCode(), registration.title(), registration.content());
  }

  static List<Petitioner> people(List<RegistrationRequest.PetitionerEntry> entries) {
    return entries.stream()
        .map(entry -> new Petitioner(entry.name(), entry.idNumber(), entry.phone(), entry.address()))
        .toList();
  }

  /** A group visit (集体访): several people came, or several representatives were registered. */
  boolean isGroup() {
    return personCount > 1 || petitioners.size() > 1;
  }
}
