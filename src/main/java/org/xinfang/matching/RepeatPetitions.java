package org.xinfang.matching;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.PetitionCase;

/**
 * What a repeat petition means for the petition room's decision. The registrar's link says the
 * matter is the same; these rules say what follows from the state of the case it repeats.
 */
public final class RepeatPetitions {

  public static final String NOT_ACCEPT_AGAIN_ARTICLE = "《信访工作条例》第三十六条第三款";
  public static final String REPEAT_WHILE_OPEN_ARTICLE = "《信访工作条例》第十九条第三款";

  private RepeatPetitions() {}

  /**
   * The re-reviewed case whose facts and reasons a petition raises again, following its links to
   * earlier cases: a case that was itself refused as a repeat of a re-reviewed one carries the
   * same matter. After re-review the same facts and reasons are not accepted again (Art. 36 ¶3).
   */
  public static Optional<PetitionCase> reReviewed(PetitionCase repeated) {
    Set<Long> seen = new HashSet<>();
    for (PetitionCase earlier = repeated; earlier != null && seen.add(earlier.getId());
        earlier = earlier.getRepeatOf()) {
      if (earlier.getStatus() == CaseStatus.RE_REVIEWED) {
        return Optional.of(earlier);
      }
    }
    return Optional.empty();
  }

  /** Whether the petition room may decide 不再受理 on a case: only on the matter of a concluded re-review. */
  public static boolean mayNotAcceptAgain(PetitionCase petitionCase) {
    return reReviewed(petitionCase.getRepeatOf()).isPresent();
  }

  /** What the petition room reads about a repeat petition before it decides; empty for a first-time item. */
  public static Optional<String> routingNotice(PetitionCase petitionCase) {
    PetitionCase earlier = petitionCase.getRepeatOf();
    if (earlier == null) {
      return Optional.empty();
    }
    String repeat = "重复信访：与原事项" + earlier.getCaseNumber() + "（" + earlier.getStatus().label() + "）为同一事项。";
    Optional<PetitionCase> reReviewed = reReviewed(earlier);
    if (reReviewed.isPresent()) {
      String concluded = reReviewed.get().getId().equals(earlier.getId()) ? "" : "（" + reReviewed.get().getCaseNumber() + "）";
      return Optional.of(repeat + "该事项已经复核终结" + concluded + "，信访人以同一事实和理由再次提出的，"
          + "不再受理（" + NOT_ACCEPT_AGAIN_ARTICLE + "）。如有新的事实和理由，可另行选择办理方式。");
    }
    if (petitionCase.isRepeatWhileOpen()) {
      return Optional.of(repeat + "登记时原事项尚在办理中，信访人就同一事项再次提出（" + REPEAT_WHILE_OPEN_ARTICLE
          + "），请与原事项的办理单位衔接，避免重复交办。");
    }
    return Optional.of(repeat);
  }
}
