package org.xinfang.casefile;

import java.util.List;

/** What a registrar records about a new petition, already checked. */
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
    List<Petitioner> petitioners) {}
