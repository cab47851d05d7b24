package org.xinfang.casefile;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.deadline.EngineClock;

/**
 * Opens the record of a newly registered petition: its case number, its query code, the earlier
 * case it repeats and the first entry of its timeline. Starting its process is the caller's part.
 */
@Service
public class CaseRecords {

  /** A new record and the query code to print on the petitioner's notice; only its hash is stored. */
  public record Opened(PetitionCase petitionCase, String queryCode) {}

  private final PetitionCaseRepository cases;
  private final CaseNumbers numbers;
  private final CaseTimeline timeline;
  private final Actors actors;

  CaseRecords(PetitionCaseRepository cases, CaseNumbers numbers, CaseTimeline timeline, Actors actors) {
    this.cases = cases;
    this.numbers = numbers;
    this.timeline = timeline;
    this.actors = actors;
  }

  @Transactional
  public Opened open(CaseIntake intake) {
    Instant now = EngineClock.now();
    String queryCode = QueryCodes.newCode();
    PetitionCase petitionCase = new PetitionCase(numbers.next(now), intake, now, actors.current(), queryCode);
    if (intake.repeatOf() != null) {
      petitionCase.repeats(cases.findByCaseNumber(intake.repeatOf())
          .orElseThrow(() -> new CaseNotFoundException(intake.repeatOf())));
    }
    petitionCase = cases.save(petitionCase);
    timeline.record(petitionCase, EventType.REGISTERED,
        "登记信访事项（" + intake.channel().label() + "）：" + intake.title() + repeatNote(petitionCase));
    return new Opened(petitionCase, queryCode);
  }

  private static String repeatNote(PetitionCase petitionCase) {
    PetitionCase earlier = petitionCase.getRepeatOf();
    if (earlier == null) {
      return "";
    }
    return "。重复信访，原事项" + earlier.getCaseNumber() + "（" + earlier.getStatus().label() + "）"
        + (petitionCase.isRepeatWhileOpen() ? "尚在办理中（《信访工作条例》第十九条第三款）" : "");
  }
}
