package org.xinfang.casefile;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the records of closed cases brought from the bureau's earlier records (历史数据导入). Each
 * keeps its own case number, and the counter of its year moves past it; each gets a timeline entry
 * naming the file it came from. Runs in the caller's transaction: a file is imported whole or not at all.
 */
@Service
public class ImportedCases {

  private final PetitionCaseRepository cases;
  private final CaseNumbers numbers;
  private final CaseTimeline timeline;
  private final Actors actors;

  ImportedCases(PetitionCaseRepository cases, CaseNumbers numbers, CaseTimeline timeline, Actors actors) {
    this.cases = cases;
    this.numbers = numbers;
    this.timeline = timeline;
    this.actors = actors;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public PetitionCase open(HistoricalCase history, String source) {
    PetitionCase earlier = Optional.ofNullable(history.intake().repeatOf())
        .map(number -> cases.findByCaseNumber(number).orElseThrow(() -> new CaseNotFoundException(number)))
        .orElse(null);
    numbers.movePast(history.caseNumber());
    PetitionCase petitionCase = cases.save(PetitionCase.imported(history, earlier, actors.current(),
        QueryCodes.newCode()));
    timeline.record(petitionCase, EventType.IMPORTED, "历史数据导入：" + source + "。已办结的"
        + history.intake().channel().label() + "事项，无办理流程");
    return petitionCase;
  }
}
