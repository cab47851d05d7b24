package org.xinfang.casefile;

import java.util.List;

/**
 * What a registrar records about a new petition, already checked: with the number of the earlier
 * case it repeats, if the registrar recognised it as a repeat petition.
 */
public record CaseIntake(
    Channel channel,
    String higherLevelName,
    String higherLevelReference,
    int personCount,
    CaseClass caseClass,
    SubjectCategory subjectCategory,
    String title,
    String content,
    String placeUnitCode,
    List<Petitioner> petitioners,
    String repeatOf) {

  /** An item the registrar confirmed as new: a first-time item (初信初访). */
  public CaseIntake(Channel channel, String higherLevelName, String higherLevelReference, int personCount,
      CaseClass caseClass, SubjectCategory subjectCategory, String title, String content, String placeUnitCode,
      List<Petitioner> petitioners) {
    this(channel, higherLevelName, higherLevelReference, personCount, caseClass, subjectCategory, title, content,
        placeUnitCode, petitioners, null);
  }
}
