package org.xinfang.notification;

import java.time.Instant;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.deadline.ChinaTime;

/**
 * The notices (告知书) a petitioner receives, each written here and nowhere else: its title, its
 * text and its entry on the case's timeline. Every text names the case and ends with the case
 * number and the query code, with which the petitioner follows the case.
 */
public final class PetitionerNotices {

  /** What a preview shows for the day a notice will be issued, and for the query code. */
  static final String ISSUE_DAY = "【出具之日】";
  static final String QUERY_CODE = "【查询码】";

  private PetitionerNotices() {}

  /** The case is registered; the petition room decides within its limit (Art. 22). */
  public static Notice registration(PetitionCase c) {
    String decideBy = c.getRoutingDueAt() == null ? "" : "我局将于" + day(c.getRoutingDueAt()) + "前依法作出处理并告知您。";
    return notice(c, "登记告知书", "已于" + day(c.getRegisteredAt()) + "登记。" + decideBy, null);
  }

  /** The petition room's decision (Art. 22, 28, 36 ¶3): the notice is named by the decision. */
  public static Notice routing(PetitionCase c, String unitName) {
    RoutingDecision decision = c.getRoutingDecision();
    String text = switch (decision) {
      case TRANSFER -> "，经审查，我局已于" + day(c.getDecidedAt()) + "转送" + unitName + "办理。"
          + unitName + "将依法决定是否受理并书面告知您。";
      case ASSIGN -> "，经审查，我局已于" + day(c.getDecidedAt()) + "交办" + unitName + "办理，限" + c.getAssignmentDays()
          + "日内办结。" + unitName + "将依法决定是否受理并书面告知您。";
      case NOT_ACCEPT -> "，经审查，不予受理。理由：" + sentence(c.getRoutingOpinion());
      case NOT_ACCEPT_AGAIN -> "，经审查，该事项已经依法处理，您以同一事实和理由再次提出，不再受理。理由："
          + sentence(c.getRoutingOpinion());
      case POLITICAL_LEGAL -> "，经审查，该事项属于涉法涉诉事项，应当依照法律规定的程序解决，请向有关政法机关提出。";
      case DISCIPLINE -> "，经审查，该事项属于检举控告事项，我局已转送纪检监察机关依规依纪依法处理。";
    };
    return notice(c, decision.notice(), text, null);
  }

  /**
   * The responsible unit received the item and tells how it will handle it (Art. 23): on the spot,
   * or within the limit. The unit writes only that arrangement; the letter around it is this one.
   */
  public static Notice acceptance(PetitionCase c, String unitName, String arrangement) {
    return acceptanceLetter(c, unitName, day(c.getUnitAcceptedAt()), c.getQueryCode()).around(arrangement);
  }

  /**
   * The acceptance notice as the unit's form previews it: the day it will be issued is not known
   * yet, and the query code is the petitioner's alone, not for everyone who reads the task.
   */
  public static Letter acceptancePreview(PetitionCase c, String unitName) {
    return acceptanceLetter(c, unitName, ISSUE_DAY, QUERY_CODE);
  }

  private static Letter acceptanceLetter(PetitionCase c, String unitName, String acceptedOn, String queryCode) {
    return new Letter("受理告知书", head(c) + "，" + unitName + "已于" + acceptedOn + "受理。",
        tail(c.getCaseNumber(), queryCode));
  }

  /** The reply limit was extended, and the petitioner is told why (Art. 34). */
  public static Notice extension(PetitionCase c, String unitName) {
    return notice(c, "延期告知书", "，经" + unitName + "负责人批准，办理期限延长" + c.getExtensionDays() + "日，答复期限延至"
        + day(c.getReplyDueAt()) + "。延期理由：" + sentence(c.getExtensionReason()),
        "告知延期理由：" + c.getExtensionReason());
  }

  /** The unit leader signed the written reply; the petitioner may ask for review (Art. 34, 35). */
  public static Notice reply(PetitionCase c, String unitName) {
    return notice(c, "处理意见书", "，" + unitName + "已于" + day(c.getRepliedAt()) + "作出书面处理意见，处理结果："
        + c.getOutcome().label() + "。如对处理意见不服，可以自收到处理意见书之日起30日内请求原办理机关的上一级机关复查"
        + "（《信访工作条例》第三十五条）。", null);
  }

  /**
   * A notice in the common form: {@code text} follows the case's title and number, and the lookup
   * sentence with the query code ends it. Other features' notices are written with it too.
   */
  public static Notice notice(PetitionCase c, String title, String text, String timelineDetail) {
    return new Notice(title, head(c) + text + tail(c.getCaseNumber(), c.getQueryCode()), entry(title, timelineDetail));
  }

  /**
   * A notice whose middle a handler writes, as it stands before they write it: the opening and the
   * closing are the system's, so that the whole reads as one letter whatever the handler's part.
   */
  public record Letter(String title, String opening, String closing) {

    /** The notice with the handler's text, ended as a sentence, between opening and closing. */
    public Notice around(String handlerText) {
      return new Notice(title, opening + sentence(handlerText) + closing, entry(title, null));
    }
  }

  private static String head(PetitionCase c) {
    return "您反映的“" + c.getTitle() + "”（事项编号" + c.getCaseNumber() + "）";
  }

  private static String tail(String caseNumber, String queryCode) {
    return "您可凭事项编号" + caseNumber + "和查询码" + queryCode + "查询办理进度。";
  }

  private static String entry(String title, String timelineDetail) {
    return "向信访人出具《" + title + "》" + (timelineDetail == null ? "" : "，" + timelineDetail);
  }

  /** A text the handler wrote, ending as a sentence, so that the next sentence can follow it. */
  public static String sentence(String text) {
    return "。！？.!?".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + "。";
  }

  private static String day(Instant instant) {
    return ChinaTime.DAY.format(instant);
  }
}
