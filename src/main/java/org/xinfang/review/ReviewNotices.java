package org.xinfang.review;

import static org.xinfang.notification.PetitionerNotices.notice;
import static org.xinfang.notification.PetitionerNotices.ISSUE_DAY;
import static org.xinfang.notification.PetitionerNotices.QUERY_CODE;
import static org.xinfang.notification.PetitionerNotices.letter;

import java.time.Instant;
import java.time.LocalDate;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.notification.Notice;
import org.xinfang.notification.PetitionerNotices.Letter;

/** The notices of review and re-review, in the common form of {@code PetitionerNotices}. */
final class ReviewNotices {

  /** What the opinion's preview shows for the conclusion until the organ chooses it. */
  static final String CONCLUSION = "【结论】";

  private ReviewNotices() {}

  /** A request after its window is not accepted (Art. 35, 36). */
  static Notice refusedLate(PetitionCase c, ReviewRequest request) {
    ReviewStage stage = request.getStage();
    return notice(c, stage.label() + "申请不予受理告知书", "，您于" + day(request.getRequestedOn()) + "提出的"
        + stage.label() + "请求，已超过自收到《" + stage.contestedDocument() + "》之日起计算的" + stage.label()
        + "申请期限（" + day(request.getWindowLastDay()) + "届满），依照" + stage.requestWindow().article()
        + "，不予受理。", "逾期提出" + stage.label() + "请求，不予受理");
  }

  /** After re-review the same facts and reasons are not accepted again (Art. 36 ¶3). */
  static Notice refusedFinal(PetitionCase c, ReviewRequest request) {
    return notice(c, "复核申请不予受理告知书", "，您于" + day(request.getRequestedOn()) + "提出的复核请求，该事项已经复核，"
        + "复核意见为最终意见。依照《信访工作条例》第三十六条第三款，您以同一事实和理由再次提出的，不再受理。",
        "事项已经复核，不再受理");
  }

  /** The request is accepted; the organ answers by its due date. */
  static Notice accepted(PetitionCase c, ReviewRequest request) {
    ReviewStage stage = request.getStage();
    return notice(c, stage.label() + "受理告知书", "，您于" + day(request.getRequestedOn()) + "提出的" + stage.label()
        + "请求已受理，" + stage.organName() + "将于" + day(request.getAnswerDueAt()) + "前出具《"
        + stage.opinionDocument() + "》（" + stage.answerLimit().article() + "）。", null);
  }

  /** The review opinion, with the right to re-review; or the re-review opinion, which is final. */
  static Notice opinion(PetitionCase c, ReviewRequest request) {
    return opinionLetter(c, request.getStage(), day(request.getAnsweredAt()), request.getConclusion().label(),
        c.getQueryCode()).around(request.getOpinion(), request.getConclusion().label());
  }

  /** The opinion as the organ's form previews it, while the organ writes it. */
  static Letter opinionPreview(PetitionCase c, ReviewStage stage) {
    return opinionLetter(c, stage, ISSUE_DAY, CONCLUSION, QUERY_CODE);
  }

  private static Letter opinionLetter(PetitionCase c, ReviewStage stage, String answeredOn, String conclusion,
      String queryCode) {
    String next = stage == ReviewStage.REVIEW
        ? "如对复查意见不服，可以自收到复查意见书之日起30日内向复查机关的上一级机关请求复核（《信访工作条例》第三十六条）。"
        : "复核意见为最终意见，您以同一事实和理由再次提出的，不再受理（《信访工作条例》第三十六条第三款）。";
    return letter(c, stage.opinionDocument(), stage.label() + "意见", "，" + stage.organName() + "已于" + answeredOn
        + "作出" + stage.label() + "意见：" + conclusion + "。", next, queryCode);
  }

  private static String day(Instant instant) {
    return ChinaTime.DAY.format(instant);
  }

  private static String day(LocalDate date) {
    return ChinaTime.DAY.format(date);
  }
}
